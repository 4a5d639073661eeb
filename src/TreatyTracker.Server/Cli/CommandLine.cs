namespace TreatyTracker.Server.Cli;

/// <summary>
/// The executable's verbs: serve (default), validate, build-db, export-schema, coverage. Options: --data DIR, --db FILE,
/// --rebuild, --out FILE, --synthetic N (build-db from a made-up dataset of N events, see <see cref="SyntheticBuild"/>);
/// anything else is passed to ASP.NET Core configuration (e.g. --urls).
/// </summary>
public sealed record CommandLine(string Verb, bool Rebuild, string? Out, IReadOnlyDictionary<string, string?> Settings, string[] HostArgs)
{
    /// <summary>build-db --synthetic N: the number of made-up events to build a database from.</summary>
    public int? Synthetic { get; init; }

    public const string Serve = "serve";
    public static readonly string[] Verbs = [Serve, "validate", "build-db", "export-schema", "coverage"];

    public static CommandLine Parse(string[] args)
    {
        var verb = args.Length > 0 && Verbs.Contains(args[0]) ? args[0] : Serve;
        var rest = args.Length > 0 && Verbs.Contains(args[0]) ? args[1..] : args;
        var settings = new Dictionary<string, string?>();
        var host = new List<string>();
        var rebuild = false;
        string? output = null;
        int? synthetic = null;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--data" when i + 1 < rest.Length: settings[$"{TreatyTrackerOptions.Section}:DataDirectory"] = rest[++i]; break;
                case "--db" when i + 1 < rest.Length: settings[$"{TreatyTrackerOptions.Section}:DatabasePath"] = rest[++i]; break;
                case "--out" when i + 1 < rest.Length: output = rest[++i]; break;
                case "--rebuild": rebuild = true; break;
                case "--synthetic" when i + 1 < rest.Length && int.TryParse(rest[i + 1], out var n) && n > 0: synthetic = n; i++; break;
                default: host.Add(rest[i]); break;
            }
        }
        return new CommandLine(verb, rebuild, output, settings, host.ToArray()) { Synthetic = synthetic };
    }
}
