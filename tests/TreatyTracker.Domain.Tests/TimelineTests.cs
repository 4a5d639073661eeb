using static TreatyTracker.Domain.Tests.Build;

namespace TreatyTracker.Domain.Tests;

public class TimelineTests
{
    [Fact]
    public void A_treaty_timeline_is_in_timeline_order_and_computed_once_per_record()
    {
        var record = TreatyRecord.Build(Treaty(), [
            E(EventKind.Ratification, "1998-05-01", country: "PL", id: "pl-rat"),
            E(EventKind.Signature, "1997-12-03", country: "PL", id: "pl-sig"),
            E(EventKind.Signature, "1997-12-03", country: "AT", id: "at-sig"),
        ]);

        var timeline = record.Timeline();

        Assert.Equal(EventKinds.TimelineOrder(timeline), timeline);
        var own = timeline.Where(e => e.CountryCode is not null && !e.Derived).Select(e => e.Id).ToList();
        Assert.Equal(["at-sig", "pl-sig", "pl-rat"], own); // same day: by country, then the later day
        Assert.Contains(timeline, e => e is { CountryCode: "PL", Kind: EventKind.EntryIntoForce, Derived: true });
        Assert.Same(timeline, record.Timeline()); // a page of it does not sort the treaty again
    }

    [Fact]
    public void Several_treaties_merge_in_timeline_order_and_one_treaty_is_its_own_timeline()
    {
        var apmbc = TreatyRecord.Build(Treaty("APMBC"), [E(EventKind.Signature, "1997-12-04", country: "PL", treaty: "APMBC")]);
        var ccm = TreatyRecord.Build(Treaty("CCM"), [E(EventKind.Signature, "1997-12-04", country: "AT", treaty: "CCM"),
            E(EventKind.Signature, "1997-12-05", country: "PL", treaty: "CCM")]);

        var merged = TreatyRecord.TimelineOf([ccm, apmbc]);

        Assert.Equal(EventKinds.TimelineOrder(apmbc.Timeline().Concat(ccm.Timeline())), merged);
        var signatures = merged.Where(e => e.Kind == EventKind.Signature).Select(e => (e.TreatyCode, e.CountryCode)).ToList();
        Assert.Equal([("APMBC", "PL"), ("CCM", "AT"), ("CCM", "PL")], signatures); // same day: by treaty before country
        Assert.Same(apmbc.Timeline(), TreatyRecord.TimelineOf([apmbc]));
    }
}
