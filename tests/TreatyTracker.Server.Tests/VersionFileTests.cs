using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TreatyTracker.Server.Data;

namespace TreatyTracker.Server.Tests;

/// <summary>Past versions' files on disk are bounded (TreatyTracker:Versions:MaxFilesOnDisk): the least recently used go first, never one in use.</summary>
public sealed class VersionFileTests : IDisposable
{
    private readonly ServerFactory _server = new(ServerFactory.ShippedData(), settings: new Dictionary<string, string?>
    {
        ["TreatyTracker:Versions:MaxFilesOnDisk"] = "2",
        ["TreatyTracker:Versions:CachedVersions"] = "4",
    });

    public void Dispose() => _server.Dispose();

    private DatasetVersions Versions => _server.Services.GetRequiredService<DatasetVersions>();

    private string FileOf(int version) => Assert.Single(Directory.GetFiles(Versions.DirectoryOf(), $"treatytracker-v{version}-*.db"));

    private bool OnDisk(int version) => Directory.Exists(Versions.DirectoryOf()) && Directory.GetFiles(Versions.DirectoryOf(), $"treatytracker-v{version}-*.db").Length == 1;

    private async Task<JsonElement> AskAsync(HttpClient client, int? version)
    {
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ dataset { version } treaty(code: \"NPT\") { partyCount(asOf: \"1975-01-01\") } }") +
                                                    (version is null ? "" : $"&version={version}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
    }

    /// <summary>A request's lease is released when its response is done, a moment after the client has it.</summary>
    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), what);
    }

    [Fact]
    public async Task Beyond_the_limit_the_least_recently_used_file_goes_and_a_leased_one_stays_and_answers()
    {
        var client = _server.CreateClient();
        var current = (await AskAsync(client, null)).GetProperty("dataset").GetProperty("version").GetInt32();
        var mainDb = Path.Combine(Path.GetDirectoryName(Versions.DirectoryOf())!, "..", "test.db");
        Assert.True(File.Exists(mainDb));

        using (var held = await Versions.AcquireAsync(3)) // in use, as by a request still running
        {
            await AskAsync(client, 1);
            await AskAsync(client, 2);
            await Eventually(() => !OnDisk(1), "version 1, the least recently used, is deleted once three files are on disk");
            Assert.True(OnDisk(2));
            Assert.True(OnDisk(3));

            await AskAsync(client, 4);
            await AskAsync(client, 5);
            await Eventually(() => !OnDisk(2) && !OnDisk(4), "versions 2 and 4 are deleted; the leased version 3 is not, though used longest ago");
            Assert.True(OnDisk(3));
            Assert.True(OnDisk(5));

            // The held snapshot still reads its own file (no record cached yet for this treaty)...
            var records = await _server.Services.GetRequiredService<DatasetStore>().RecordsAsync(held.Snapshot, ["CWC"], CancellationToken.None);
            Assert.True(records.ContainsKey("CWC"));
            Assert.Equal(3, held.Snapshot.Version);
        }

        // ... and once released it is an ordinary candidate: two newer uses push it out.
        Assert.Equal(3, (await AskAsync(client, 3)).GetProperty("dataset").GetProperty("version").GetInt32());
        await AskAsync(client, 6);
        await AskAsync(client, 7);
        await Eventually(() => !OnDisk(3) && !OnDisk(5), "at most two files, the two most recently used");
        Assert.True(OnDisk(6));
        Assert.True(OnDisk(7));

        // A deleted version is rebuilt when asked for again, and answers as before.
        var again = await AskAsync(client, 1);
        Assert.Equal(1, again.GetProperty("dataset").GetProperty("version").GetInt32());
        await Eventually(() => !OnDisk(6), "version 6 makes room");
        Assert.Equal(2, Directory.GetFiles(Versions.DirectoryOf(), "*.db").Length);

        // The current dataset is answered from the main database, which is never in the versions folder nor deleted.
        Assert.Equal(current, (await AskAsync(client, current)).GetProperty("dataset").GetProperty("version").GetInt32());
        Assert.False(OnDisk(current));
        Assert.True(File.Exists(mainDb));
        Assert.Equal(current, (await AskAsync(client, null)).GetProperty("dataset").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Files_left_by_an_earlier_process_count_and_go_first()
    {
        var client = _server.CreateClient();
        await AskAsync(client, 1);
        await AskAsync(client, 2);
        var old = FileOf(1);
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-1));
        File.SetLastWriteTimeUtc(FileOf(2), DateTime.UtcNow.AddHours(-1));

        using var restarted = new ServerFactory(ServerFactory.ShippedData(), settings: new Dictionary<string, string?>
        {
            ["TreatyTracker:DatabasePath"] = Path.Combine(Path.GetDirectoryName(Versions.DirectoryOf())!, "..", "test.db"),
            ["TreatyTracker:Versions:MaxFilesOnDisk"] = "2",
            ["TreatyTracker:BuildDatabaseOnStart"] = "false",
        });
        await AskAsync(restarted.CreateClient(), 3);
        await Eventually(() => !File.Exists(old), "the file opened longest ago goes first");
        Assert.True(OnDisk(2));
        Assert.True(OnDisk(3));
    }
}
