using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class ParticipationType : RecordGraphType<ParticipationRecord>
{
    public ParticipationType() : base("Participation")
    {
        IsNode(p => $"{p.Treaty.Code}/{p.CountryCode}");
        CountryField("The state.", p => p.CountryCode);
        Field<NonNullGraphType<DomainEnum<ParticipationStatus>>>("status").Description("The state's legal position on asOf.").AsOfArgument()
            .Resolve(c => c.Source.StatusOn(c.AsOf()));
        Field<NonNullGraphType<BooleanGraphType>>("suspended").AsOfArgument()
            .Description("True while the state has declared its obligations suspended (it stays a party).").Resolve(c => c.Source.IsSuspendedOn(c.AsOf()));
    }
}
