using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace TreatyTracker.Storage;

/// <summary>The SQLite database: a derived artifact built from the seed files in data/.</summary>
public sealed class TreatyDb(DbContextOptions<TreatyDb> options) : DbContext(options)
{
    /// <summary>Bump whenever the tables change: an older database is then rebuilt from the seeds.</summary>
    public const int SchemaVersion = 2;

    public DbSet<MetaRow> Meta => Set<MetaRow>();
    public DbSet<DatasetVersionRow> DatasetVersions => Set<DatasetVersionRow>();
    public DbSet<TreatyRow> Treaties => Set<TreatyRow>();
    public DbSet<TreatyAliasRow> TreatyAliases => Set<TreatyAliasRow>();
    public DbSet<CountryRow> Countries => Set<CountryRow>();
    public DbSet<CountryAliasRow> CountryAliases => Set<CountryAliasRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<EventSourceRow> EventSources => Set<EventSourceRow>();
    public DbSet<RecordChangeRow> RecordChanges => Set<RecordChangeRow>();

    public static DbContextOptions<TreatyDb> OptionsFor(string connectionString, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<TreatyDb>().UseSqlite(connectionString);
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
        return builder.Options;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder b)
    {
        b.Properties<LocalDate>().HaveConversion<LocalDateText>();
        b.Properties<Instant>().HaveConversion<InstantText>();
    }

    /// <summary>
    /// Keys, indexes and foreign keys are declared on the row classes (Entities.cs); here only the naming: every table is
    /// its DbSet's name and every column its property's name in snake_case, so the file reads naturally in sqlite3.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder m)
    {
        foreach (var entity in m.Model.GetEntityTypes())
        {
            entity.SetTableName(Snake(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
                property.SetColumnName(Snake(property.Name));
        }
    }

    public static string Snake(string name) => Domain.EnumText.ToScreamingSnake(name).ToLowerInvariant();

    private sealed class LocalDateText() : ValueConverter<LocalDate, string>(
        d => LocalDatePattern.Iso.Format(d), s => LocalDatePattern.Iso.Parse(s).Value);

    private sealed class InstantText() : ValueConverter<Instant, string>(
        i => InstantPattern.ExtendedIso.Format(i), s => InstantPattern.ExtendedIso.Parse(s).Value);
}
