using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

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
        Field<NonNullGraphType<DomainEnum<ParticipationStatus>>>("status").Description("The state's legal position on asOf.").Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<NonNullGraphType<BooleanGraphType>>("suspended").Argument<LocalDateGraphType>("asOf", "Default: today on the server's clock.")
            .Description("True while the state has declared its obligations suspended (it stays a party).").Resolve(c => c.Source.IsSuspendedOn(c.AsOf()));
        Field<LocalDateGraphType>("signedOn").Description("Its first signature, if any (kept even if the signature was later withdrawn).").Resolve(c => c.Source.SignedOn);
        Field<LocalDateGraphType>("consentedOn").Description("Deposit of the instrument of ratification, accession, ... (the earliest, with several depositaries).").Resolve(c => c.Source.ConsentedOn);
        Field<DomainEnum<ConsentKind>>("consentKind").Description("How the state consented: ratification, accession, ...").Resolve(c => c.Source.ConsentKind);
        Field<LocalDateGraphType>("entryIntoForceOn").Description("For this state, by the treaty's rule (or as recorded).").Resolve(c => c.Source.EntryIntoForceOn);
        Field<WithdrawalType>("withdrawal").Description("The latest withdrawal process, if any.").Resolve(c => c.Source.Withdrawal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithdrawalType>>>>("withdrawals").Description("Every withdrawal process, oldest first.").Resolve(c => c.Source.Withdrawals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events").Description("Recorded and derived events, by date.").Resolve(c => c.Source.Events);
    }
}
