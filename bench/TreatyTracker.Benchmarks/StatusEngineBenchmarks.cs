using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage.Seeds;

BenchmarkRunner.Run<StatusEngineBenchmarks>(args: args);

/// <summary>
/// The Mine Ban Convention from the shipped data (166 states): a 30-year monthly series of counts, computed by
/// replaying every state's events for every point (the baseline) and by the engine's precomputed transitions.
/// </summary>
[MemoryDiagnoser]
public class StatusEngineBenchmarks
{
    private TreatyRecord _record = null!;
    private LocalDate[] _months = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TreatyTracker.sln"))) dir = dir.Parent;
        var data = SeedValidator.Load(Path.Combine(dir!.FullName, "data"));
        var treaty = data.Treaties["APMBC"].Value;
        var continuedBy = data.Countries.Values.Where(c => c.Value.ContinuedBy is not null).ToDictionary(c => c.Value.Code, c => c.Value.ContinuedBy!);
        _record = TreatyRecord.Build(treaty, data.Events.Values.Select(e => e.Value).Where(e => e.TreatyCode == "APMBC"), continuedBy);
        _months = Enumerable.Range(0, 360).Select(i => new LocalDate(1996, 1, 1).PlusMonths(i)).ToArray();
        foreach (var p in _record.Participations.Values) p.StatusOn(_months[0]); // build the transitions once, as the server's cache does
    }

    [Benchmark(Baseline = true, Description = "series by replaying events")]
    public int SeriesByReplay()
    {
        var n = 0;
        foreach (var d in _months)
            foreach (var p in _record.Participations.Values)
                if (p.ReplayOn(d).Status == ParticipationStatus.Party) n++;
        return n;
    }

    [Benchmark(Description = "series by transitions")]
    public int SeriesByTransitions()
    {
        var n = 0;
        foreach (var d in _months)
            foreach (var p in _record.Participations.Values)
                if (p.StatusOn(d) == ParticipationStatus.Party) n++;
        return n;
    }

    [Benchmark(Description = "counts per status, 360 dates")]
    public int CountsOn() => _months.Sum(d => _record.CountsOn(d).Count);
}
