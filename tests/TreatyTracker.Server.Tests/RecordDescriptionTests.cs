using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TreatyTracker.Domain;
using TreatyTracker.Server.GraphQL;

namespace TreatyTracker.Server.Tests;

/// <summary>A record's GraphQL fields and descriptions are its XML documentation (RecordGraphType, XmlDocumentation).</summary>
public class RecordDescriptionTests
{
    [Fact]
    public void A_documented_positional_parameter_is_a_field_described_by_its_param_text_and_an_undocumented_property_is_none()
    {
        using var server = new ServerFactory(ServerFactory.TestData());
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var treaty = (IComplexGraphType)schema.AllTypes["Treaty"]!;
        Assert.Equal("An arms-control treaty, its dates and rules, and who takes part.", ((IGraphType)treaty).Description);
        Assert.Equal("Short code, e.g. APMBC.", treaty.GetField("code")!.Description);
        Assert.Equal("Other names and acronyms (\"Ottawa Convention\", \"Mine Ban Treaty\").", treaty.GetField("aliases")!.Description);
        // Names and EndedOn are public properties with a plain comment, not a doc summary: no fields.
        Assert.Null(treaty.GetField("names"));
        Assert.Null(treaty.GetField("endedOn"));
        // A derived property documented with a summary is a field too.
        Assert.Equal("The newest applied dataset version.", ((IComplexGraphType)schema.AllTypes["Dataset"]!).GetField("version")!.Description);
    }

    [Fact]
    public void Domain_Storage_and_Server_write_their_documentation_file_beside_the_assembly()
    {
        foreach (var assembly in new[] { typeof(Treaty).Assembly, typeof(Storage.TreatyDb).Assembly, typeof(TreatySchema).Assembly })
            Assert.True(File.Exists(XmlDocumentation.PathOf(assembly)), $"{XmlDocumentation.PathOf(assembly)} is missing (GenerateDocumentationFile)");
    }

    [Fact]
    public void A_missing_documentation_file_is_an_error_that_names_it_not_a_schema_without_fields()
    {
        // This test assembly writes no documentation file.
        var e = Assert.Throws<FileNotFoundException>(() => XmlDocumentation.Summary(typeof(RecordDescriptionTests)));
        Assert.Contains("TreatyTracker.Server.Tests.xml", e.Message);
        Assert.Contains("GenerateDocumentationFile", e.Message);
    }

    [Fact]
    public void A_summary_is_read_as_one_line_of_plain_text_and_markup_in_it_is_an_error()
    {
        // Its summary spans two lines of text between the tag lines.
        Assert.Equal("The small, read-mostly part of the dataset (treaties, countries, their names) with name resolution. " +
            "Loaded once per dataset version; events are loaded on demand, in batches.", XmlDocumentation.Summary(typeof(Storage.ReferenceData)));
        // RecordGraphType's summary holds <see cref="..."/>: no description would keep it.
        var e = Assert.Throws<FormatException>(() => XmlDocumentation.Summary(typeof(RecordGraphType<>)));
        Assert.Contains("<see>", e.Message);
    }
}
