using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class EventEdgeType() : EdgeType<EventType, TreatyEvent>("EventEdge");

public sealed class EventConnectionType() : ConnectionType<EventType, EventEdgeType, TreatyEvent>("EventConnection");

public sealed class TreatyEdgeType() : EdgeType<TreatyType, Treaty>("TreatyEdge");

public sealed class TreatyConnectionType() : ConnectionType<TreatyType, TreatyEdgeType, Treaty>("TreatyConnection");

public sealed class CountryEdgeType() : EdgeType<CountryType, Country>("CountryEdge");

public sealed class CountryConnectionType() : ConnectionType<CountryType, CountryEdgeType, Country>("CountryConnection");

public sealed class ParticipationEdgeType() : EdgeType<ParticipationType, ParticipationRecord>("ParticipationEdge");

public sealed class ParticipationConnectionType() : ConnectionType<ParticipationType, ParticipationEdgeType, ParticipationRecord>("ParticipationConnection");
