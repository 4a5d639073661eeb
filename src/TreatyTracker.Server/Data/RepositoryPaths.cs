namespace TreatyTracker.Server.Data;

/// <summary>Finds the repository (the folder with TreatyTracker.sln) so the defaults work from any working directory.</summary>
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

    public static string DataDirectory(TreatyTrackerOptions o) =>
        Path.GetFullPath(o.DataDirectory ?? Path.Combine(Root() ?? Directory.GetCurrentDirectory(), "data"));

    public static string DatabasePath(TreatyTrackerOptions o) =>
        Path.GetFullPath(o.DatabasePath ?? Path.Combine(Root() ?? Directory.GetCurrentDirectory(), "artifacts", "treatytracker.db"));
}
