namespace TreatyTracker.Domain;

public enum CoverageLevel { Complete, Partial }
