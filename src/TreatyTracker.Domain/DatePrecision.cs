namespace TreatyTracker.Domain;

public enum DatePrecision { Day, Month, Year }
