namespace TreatyTracker.Storage;

/// <summary>Finds the repository (the folder with TreatyTracker.sln) so the defaults work from any working directory; the tests find it here too.</summary>
public static class RepositoryPaths
{
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TreatyTracker.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The configured data directory, or the repository's data/.</summary>
    public static string DataDirectory(string? configured = null) =>
        Path.GetFullPath(configured ?? Path.Combine(Root() ?? Directory.GetCurrentDirectory(), "data"));

    /// <summary>The configured database file, or the repository's artifacts/treatytracker.db.</summary>
    public static string DatabasePath(string? configured = null) =>
        Path.GetFullPath(configured ?? Path.Combine(Root() ?? Directory.GetCurrentDirectory(), "artifacts", "treatytracker.db"));
}
