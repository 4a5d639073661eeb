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

    protected override void OnModelCreating(ModelBuilder m)
    {
        m.Entity<MetaRow>(e => { e.ToTable("meta"); e.HasKey(x => x.Key); });
        m.Entity<DatasetVersionRow>(e =>
        {
            e.ToTable("dataset_versions");
            e.HasKey(x => x.Version);
            e.Property(x => x.Version).ValueGeneratedNever();
        });
        m.Entity<TreatyRow>(e =>
        {
            e.ToTable("treaties");
            e.HasKey(x => x.Code);
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(a => a.TreatyCode);
        });
        m.Entity<TreatyAliasRow>(e => { e.ToTable("treaty_aliases"); e.HasKey(x => new { x.TreatyCode, x.Alias }); });
        m.Entity<CountryRow>(e =>
        {
            e.ToTable("countries");
            e.HasKey(x => x.Code);
            e.HasIndex(x => x.Alpha3);
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(a => a.CountryCode);
        });
        m.Entity<CountryAliasRow>(e => { e.ToTable("country_aliases"); e.HasKey(x => new { x.CountryCode, x.Alias }); });
        m.Entity<EventRow>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TreatyCode, x.CountryCode });
            e.HasIndex(x => x.CountryCode);
            e.HasIndex(x => x.Date);
            e.HasMany(x => x.Sources).WithOne().HasForeignKey(s => s.EventId);
        });
        m.Entity<EventSourceRow>(e => { e.ToTable("event_sources"); e.HasKey(x => new { x.EventId, x.Position }); });
        m.Entity<RecordChangeRow>(e =>
        {
            e.ToTable("record_changes");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.RecordType, x.RecordId });
        });

        // snake_case names for every table column, so the file reads naturally in sqlite3.
        foreach (var entity in m.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(Snake(property.Name));
    }

    public static string Snake(string name) => Domain.EnumText.ToScreamingSnake(name).ToLowerInvariant();

    private sealed class LocalDateText() : ValueConverter<LocalDate, string>(
        d => LocalDatePattern.Iso.Format(d), s => LocalDatePattern.Iso.Parse(s).Value);

    private sealed class InstantText() : ValueConverter<Instant, string>(
        i => InstantPattern.ExtendedIso.Format(i), s => InstantPattern.ExtendedIso.Parse(s).Value);
}
