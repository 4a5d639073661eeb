namespace TreatyTracker.Domain;

public enum TreatyCategory { ConventionalWeapons, Nuclear, NuclearWeaponFreeZone, ChemicalBiological, Other }
