using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("The weapons a treaty is about.")]
public enum TreatyCategory
{
    [Description("Conventional weapons (mines, cluster munitions, arms trade, forces in Europe).")]
    ConventionalWeapons,
    [Description("Nuclear weapons and testing.")]
    Nuclear,
    [Description("Regional nuclear-weapon-free zones.")]
    NuclearWeaponFreeZone,
    [Description("Chemical and biological weapons.")]
    ChemicalBiological,
    [Description("Other (outer space, seabed, environment, verification).")]
    Other,
}
