using System.Diagnostics;

namespace TreatyTracker.Server.Tests;

/// <summary>The executable's verbs, run as a person would run them (a separate process).</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tt-cli", Guid.NewGuid().ToString("N"));
    private string Data => Path.Combine(_root, "data");
    private string Db => Path.Combine(_root, "cli.db");

    public CliTests()
    {
        Directory.CreateDirectory(Data);
        File.Copy(Path.Combine(ServerFactory.TestData(), "0001-test.yaml"), Path.Combine(Data, "0001-test.yaml"));
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TreatyTracker.Server.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "the command did not finish in 60 s");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Validate_passes_on_good_data_and_names_file_and_line_on_broken_data()
    {
        var ok = Run("validate", "--data", Data);
        Assert.Equal(0, ok.Exit);
        Assert.Contains("OK", ok.Out);

        var path = Path.Combine(Data, "0001-test.yaml");
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Contains("apmbc-pl-ratification"));
        lines[index] = lines[index].Replace("2012-12-27", "2012-12-32");
        File.WriteAllLines(path, lines);
        var bad = Run("validate", "--data", Data);
        Assert.Equal(1, bad.Exit);
        Assert.Contains($"0001-test.yaml:{index + 1}:", bad.Err);
        Assert.Contains("'2012-12-32' is not a date", bad.Err);
    }

    [Fact]
    public void Build_db_applies_once_then_nothing_then_only_a_new_version()
    {
        var first = Run("build-db", "--data", Data, "--db", Db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("applied 0001-test.yaml (version 1)", first.Out);

        var second = Run("build-db", "--data", Data, "--db", Db);
        Assert.Equal(0, second.Exit);
        Assert.Contains("nothing to apply", second.Out);

        File.WriteAllText(Path.Combine(Data, "0002-more.yaml"), """
            version: 2
            date: 2026-11-02
            description: one more event
            events:
              - {id: apmbc-tr-signature-note, treaty: APMBC, country: TR, kind: DOMESTIC_STEP, date: 2003-05, note: test, sources: [{url: "https://example.org/", publisher: Test}]}
            """);
        var third = Run("build-db", "--data", Data, "--db", Db);
        Assert.Equal(0, third.Exit);
        Assert.Contains("applied 0002-more.yaml (version 2)", third.Out);
        Assert.DoesNotContain("0001-test.yaml", third.Out);

        File.AppendAllText(Path.Combine(Data, "0001-test.yaml"), "\n# edited\n");
        var edited = Run("build-db", "--data", Data, "--db", Db);
        Assert.Equal(1, edited.Exit);
        Assert.Contains("0001-test.yaml (version 1) was edited after it was applied", edited.Err);
        Assert.Equal(0, Run("build-db", "--data", Data, "--db", Db, "--rebuild").Exit);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}
