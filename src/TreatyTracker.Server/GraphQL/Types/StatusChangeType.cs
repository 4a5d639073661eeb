using GraphQL.Types;
using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class StatusChangeType : ObjectGraphType<StatusChange>
{
    public StatusChangeType()
    {
        Name = "StatusChange";
        Description = "A change of a state's legal status on a day, with the act that explains it.";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The first day of the new status.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<TreatyType>>("treaty").Description("The treaty.").Resolve(c => c.Source.Treaty);
        Field<NonNullGraphType<CountryType>>("country").Description("The state whose status changed.").Resolve(c => c.Reference().CountryByCode[c.Source.CountryCode]);
        Field<NonNullGraphType<DomainEnum<ParticipationStatus>>>("from").Description("The status the day before.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DomainEnum<ParticipationStatus>>>("to").Description("The status from that day.").Resolve(c => c.Source.To);
        Field<EventType>("event").Description("The act dated that day (null when the treaty's own entry into force or end caused the change).").Resolve(c => c.Source.Event);
    }
}
