using System.ComponentModel;

namespace TreatyTracker.Domain;

[Description("Who can take part.")]
public enum TreatyScope
{
    [Description("Open to all states.")]
    Multilateral,
    [Description("A closed group of states.")]
    Plurilateral,
    [Description("Two parties; it ends when one party's withdrawal takes effect.")]
    Bilateral,
}
