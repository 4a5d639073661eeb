namespace TreatyTracker.Server.Tests;

/// <summary>The two party counts: partyCount as the depositary counts parties, inForceCount as the states bound that day.</summary>
public sealed class PartyCountTests : IClassFixture<ContractTests.Fixture>
{
    private readonly ServerFactory _server;
    public PartyCountTests(ContractTests.Fixture f) => _server = f.Server;

    [Theory]
    [InlineData("2013-01-01", 4, 3)] // LV, TR, UA party; PL deposited 2012-12-27, in force for it on 2013-06-01: counted by the depositary, not bound yet
    [InlineData("2013-06-01", 4, 4)]
    public async Task PartyCount_includes_contracting_states_inForceCount_does_not(string asOf, int parties, int inForce)
    {
        var data = await _server.QueryAsync("""
            query($d: LocalDate) { treaty(code: "APMBC") {
                partyCount(asOf: $d) inForceCount(asOf: $d)
                party: participations(status: PARTY, asOf: $d) { totalCount }
                withdrawing: participations(status: WITHDRAWING, asOf: $d) { totalCount }
                contracting: participations(status: CONTRACTING, asOf: $d) { totalCount } } }
            """, new { d = asOf });
        var t = data.GetProperty("treaty");
        int Total(string name) => t.GetProperty(name).GetProperty("totalCount").GetInt32();
        Assert.Equal(parties, t.GetProperty("partyCount").GetInt32());
        Assert.Equal(inForce, t.GetProperty("inForceCount").GetInt32());
        Assert.Equal(Total("party") + Total("withdrawing") + Total("contracting"), t.GetProperty("partyCount").GetInt32());
        Assert.Equal(Total("party") + Total("withdrawing"), t.GetProperty("inForceCount").GetInt32());
    }
}
