using GraphQL;
using GraphQL.Types;
using NodaTime;
using TreatyTracker.Domain;
using TreatyTracker.Storage;

namespace TreatyTracker.Server.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global, opaque id (Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global opaque id, usable with Query.node.");
    }
}

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The page read.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("publisher").Description("Who published it.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("notification").Description("The depositary notification number, when known (e.g. C.N.421.2025.TREATIES-XXVI-5).").Resolve(c => c.Source.Notification);
        Field<StringGraphType>("states").Description("What the source states.").Resolve(c => c.Source.States);
    }
}

public sealed class DatasetFileType : ObjectGraphType<DatasetFile>
{
    public DatasetFileType()
    {
        Name = "DatasetFile";
        Description = "One applied seed file (dataset version).";
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its dataset version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("The seed file in data/.").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 of the file as applied.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The file's own date: no event in it is later.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the file adds or changes.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<InstantGraphType>>("appliedAt").Description("When it was applied to this database.").Resolve(c => c.Source.AppliedAt);
    }
}

public sealed class DatasetType : ObjectGraphType<DatasetInfo>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "The dataset version answering this request.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The newest applied dataset version.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the newest seed file added or changed.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date of the newest seed file.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<InstantGraphType>>("loadedAt").Description("When this server loaded the version.").Resolve(c => c.Source.LoadedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatasetFileType>>>>("files").Description("Every applied seed file, oldest first.").Resolve(c => c.Source.Files);
    }
}

public sealed class WithdrawalRuleType : ObjectGraphType<WithdrawalRule>
{
    public WithdrawalRuleType()
    {
        Name = "WithdrawalRule";
        Description = "How a state leaves the treaty.";
        Field<PeriodGraphType>("noticePeriod").Description("Notice period from receipt of the notice; null when none is recorded.").Resolve(c => c.Source.NoticePeriod);
        Field<StringGraphType>("article").Description("The article that sets the rule.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<BooleanGraphType>>("armedConflictClause").Description("True when effect is postponed while the withdrawing state is engaged in armed conflict.").Resolve(c => c.Source.ArmedConflictClause);
        Field<StringGraphType>("notes").Description("The rule in words: from what the period runs, to whom notice is given.").Resolve(c => c.Source.Notes);
    }
}

public sealed class EntryIntoForceRuleType : ObjectGraphType<EntryIntoForceRule>
{
    public EntryIntoForceRuleType()
    {
        Name = "EntryIntoForceRule";
        Description = "When the treaty enters into force for a state that deposits after it entered into force.";
        Field<NonNullGraphType<EntryIntoForceRuleKindType>>("kind").Description("The kind of rule.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("n").Description("The N of the rule (days or months); 0 where unused.").Resolve(c => c.Source.N);
        Field<StringGraphType>("article").Description("The article that sets the rule.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The rule in words, e.g. \"on the first day of the sixth month after deposit\".").Resolve(c => c.Source.Describe());
    }
}

public sealed class CoverageType : ObjectGraphType<Coverage>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "How complete the recorded participation is.";
        Field<NonNullGraphType<CoverageLevelType>>("level").Description("COMPLETE or PARTIAL.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<LocalDateGraphType>>("asOf").Description("The day up to which the record is checked.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("note").Description("What is covered and what is missing.").Resolve(c => c.Source.Note);
        Field<IntGraphType>("parties").Description("The depositary's count of parties on asOf, when known; the dataset is checked against it.").Resolve(c => c.Source.Parties);
    }
}

public sealed class WithdrawalType : ObjectGraphType<Withdrawal>
{
    public WithdrawalType()
    {
        Name = "Withdrawal";
        Description = "A withdrawal process, its three stages kept apart: announced, notified (received by the depositary), effective.";
        Field<NonNullGraphType<WithdrawalStatusType>>("status").Description("Its stage on asOf.").Argument<LocalDateGraphType>("asOf", "Default: today.")
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<LocalDateGraphType>("announcedOn").Description("The announcement day; null when none or when known only to the month or year (see announced).").Resolve(c => c.Source.AnnouncedOn);
        Field<StringGraphType>("announced").Description("The announcement date as known: \"2025-03-18\", \"2025-03\" or \"2025\".").Resolve(c => c.Source.Announced?.ToString());
        Field<LocalDateGraphType>("notifiedOn").Description("The day the depositary (or, for a bilateral treaty, the other party) received the notice.").Resolve(c => c.Source.NotifiedOn);
        Field<LocalDateGraphType>("effectiveOn").Description("The first day the state is no longer bound; null when it cannot be known (basis says why).").Resolve(c => c.Source.EffectiveOn);
        Field<NonNullGraphType<BooleanGraphType>>("effectiveOnConfirmed").Description("True: a source confirms effectiveOn; false: computed from the treaty's rule.").Resolve(c => c.Source.EffectiveOnConfirmed);
        Field<LocalDateGraphType>("periodEndsOn").Description("The end of the notice period, even when an armed conflict postpones the effect.").Resolve(c => c.Source.PeriodEndsOn);
        Field<NonNullGraphType<BooleanGraphType>>("postponedByArmedConflict").Description("True when the armed-conflict clause leaves the effective date unknown.").Resolve(c => c.Source.PostponedByArmedConflict);
        Field<LocalDateGraphType>("rescindedOn").Description("The day the withdrawal was taken back, if it was.").Resolve(c => c.Source.RescindedOn);
        Field<NonNullGraphType<StringGraphType>>("basis").Description("The rule and article behind effectiveOn, or why it is null.").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events").Description("The recorded and derived events of this withdrawal.").Resolve(c => c.Source.Events);
    }
}

public sealed class EventType : ObjectGraphType<TreatyEvent>
{
    public EventType()
    {
        Name = "Event";
        Description = "A recorded or derived act of a state (or a treaty milestone), with its sources.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is TreatyEvent;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Of("Event", $"{c.Source.TreatyCode}/{c.Source.Id}"));
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("The stable id of the seed record (derived events: the record they derive from, with a ~suffix).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EventKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The date; with MONTH or YEAR precision, the first day of that period (see dateText).").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<DatePrecisionType>>("datePrecision").Description("DAY, or MONTH / YEAR when only that is known.").Resolve(c => c.Source.Date.Precision);
        Field<NonNullGraphType<DateBasisType>>("dateBasis").Description("Which day the date is: the depositary's (DEPOSIT), or, when no source gives that, the best-sourced day (derived events: the basis of the act they derive from).").Resolve(c => c.Source.DateBasis);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description("The date as known: \"2025-06-27\", \"2025-06\" or \"2025\".").Resolve(c => c.Source.Date.ToString());
        Field<NonNullGraphType<TreatyType>>("treaty").Description("The treaty.").Resolve(c => c.Reference().TreatyByCode[c.Source.TreatyCode]);
        Field<CountryType>("country").Description("Null for the treaty's own milestones.").Resolve(c => c.Source.CountryCode is { } code ? c.Reference().CountryByCode.GetValueOrDefault(code) : null);
        Field<NonNullGraphType<BooleanGraphType>>("derived").Description("True when computed from the treaty's rule rather than recorded.").Resolve(c => c.Source.Derived);
        Field<StringGraphType>("depositary").Description("Who recorded the act (UN, a depositary government, or for a bilateral treaty the other party).").Resolve(c => c.Source.Depositary);
        Field<StringGraphType>("note").Description("Context, and where sources disagree, both versions.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the date comes from (derived events: the sources of the act they derive from).").Resolve(c => c.Source.Sources);
    }
}

public sealed class ParticipationType : ObjectGraphType<ParticipationRecord>
{
    public ParticipationType()
    {
        Name = "Participation";
        Description = "One state's record in one treaty.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ParticipationRecord;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Of("Participation", $"{c.Source.Treaty.Code}/{c.Source.CountryCode}"));
        Field<NonNullGraphType<TreatyType>>("treaty").Description("The treaty.").Resolve(c => c.Source.Treaty);
        Field<NonNullGraphType<CountryType>>("country").Description("The state.").Resolve(c => c.Reference().CountryByCode[c.Source.CountryCode]);
        Field<NonNullGraphType<ParticipationStatusType>>("status").Description("The state's legal position on asOf.").Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<NonNullGraphType<BooleanGraphType>>("suspended").Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Description("True while the state has declared its obligations suspended (it stays a party).").Resolve(c => c.Source.IsSuspendedOn(c.AsOf()));
        Field<LocalDateGraphType>("signedOn").Description("Its first signature, if any (kept even if the signature was later withdrawn).").Resolve(c => c.Source.SignedOn);
        Field<LocalDateGraphType>("consentedOn").Description("Deposit of the instrument of ratification, accession, ... (the earliest, with several depositaries).").Resolve(c => c.Source.ConsentedOn);
        Field<ConsentKindType>("consentKind").Description("How the state consented: ratification, accession, ...").Resolve(c => c.Source.ConsentKind);
        Field<LocalDateGraphType>("entryIntoForceOn").Description("For this state, by the treaty's rule (or as recorded).").Resolve(c => c.Source.EntryIntoForceOn);
        Field<WithdrawalType>("withdrawal").Description("The latest withdrawal process, if any.").Resolve(c => c.Source.Withdrawal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithdrawalType>>>>("withdrawals").Description("Every withdrawal process, oldest first.").Resolve(c => c.Source.Withdrawals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events").Description("Recorded and derived events, by date.").Resolve(c => c.Source.Events);
    }
}
