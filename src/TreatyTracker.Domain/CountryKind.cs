namespace TreatyTracker.Domain;

public enum CountryKind { UnMember, ObserverState, OtherEntity, FormerState }
