using TreatyTracker.Domain;

namespace TreatyTracker.Server.GraphQL;

public sealed class TreatyCategoryType() : DomainEnum<TreatyCategory>("TreatyCategory", "The weapons a treaty is about.", new Dictionary<TreatyCategory, string>
{
    [TreatyCategory.ConventionalWeapons] = "Conventional weapons (mines, cluster munitions, arms trade, forces in Europe).",
    [TreatyCategory.Nuclear] = "Nuclear weapons and testing.",
    [TreatyCategory.NuclearWeaponFreeZone] = "Regional nuclear-weapon-free zones.",
    [TreatyCategory.ChemicalBiological] = "Chemical and biological weapons.",
    [TreatyCategory.Other] = "Other (outer space, seabed, environment, verification).",
});
