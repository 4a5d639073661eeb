namespace TreatyTracker.Domain;

public enum WithdrawalStatus { Announced, Notified, Effective, Rescinded }
