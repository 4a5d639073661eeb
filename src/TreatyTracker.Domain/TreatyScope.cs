namespace TreatyTracker.Domain;

public enum TreatyScope { Multilateral, Plurilateral, Bilateral }
