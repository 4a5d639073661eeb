using GraphQL.Types;

namespace TreatyTracker.Server.GraphQL;

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "How to cite this answer: the service, the dataset version and its date, and a permalink that gives the same answer later.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("One line of plain text: service, dataset version and date, title, permalink, day accessed.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("cslJson").Description("The same as CSL-JSON (Zotero, Pandoc, citeproc): a JSON array with one item of type \"dataset\".").Resolve(c => c.Source.CslJson);
        Field<NonNullGraphType<StringGraphType>>("permalink").Description("GET URL of this request pinned to the dataset version answering it (?version=N).").Resolve(c => c.Source.Permalink);
        Field<NonNullGraphType<IntGraphType>>("datasetVersion").Description("The dataset version answering this request.").Resolve(c => c.Source.DatasetVersion);
        Field<NonNullGraphType<LocalDateGraphType>>("datasetDate").Description("The date of that version's seed file.").Resolve(c => c.Source.DatasetDate);
        Field<NonNullGraphType<LocalDateGraphType>>("accessed").Description("Today on the server's clock.").Resolve(c => c.Source.Accessed);
    }
}
