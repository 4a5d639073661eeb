using NodaTime;
using TreatyTracker.Domain;

namespace TreatyTracker.Storage.Seeds;

/// <summary>A place in a seed file, 1-based, as editors show it.</summary>
public sealed record SeedLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>One thing wrong with the seed files, with where it is.</summary>
public sealed record SeedProblem(SeedLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>A record as written in a seed file, with where it stands and, for a correction, why.</summary>
public sealed record Located<T>(T Value, SeedLocation Location, string? Correction);

public sealed record Retraction(string RecordType, string Id, string Reason, SeedLocation Location);

/// <summary>One dataset version: a parsed seed file.</summary>
public sealed class SeedFile
{
    public required string Path { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public int Version { get; set; }
    public LocalDate Date { get; set; }
    public string Description { get; set; } = "";
    public SeedLocation Location => new(FileName, 1, 1);
    public List<Located<Treaty>> Treaties { get; } = [];
    public List<Located<Country>> Countries { get; } = [];
    public List<Located<TreatyEvent>> Events { get; } = [];
    public List<Retraction> Retractions { get; } = [];
}

public static class RecordTypes
{
    public const string Treaty = "treaty";
    public const string Country = "country";
    public const string Event = "event";
}

/// <summary>The whole dataset after applying every seed file in order: the state the database must end up in.</summary>
public sealed class SeedDataset
{
    public required IReadOnlyList<SeedFile> Files { get; init; }
    public required IReadOnlyDictionary<string, Located<Treaty>> Treaties { get; init; }
    public required IReadOnlyDictionary<string, Located<Country>> Countries { get; init; }
    public required IReadOnlyDictionary<string, Located<TreatyEvent>> Events { get; init; }
    public int Version => Files.Count == 0 ? 0 : Files[^1].Version;
}

/// <summary>Thrown when seed files are invalid; carries every problem found.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedProblem> problems)
    : Exception($"{problems.Count} problem(s) in the seed files:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<SeedProblem> Problems { get; } = problems;
}
