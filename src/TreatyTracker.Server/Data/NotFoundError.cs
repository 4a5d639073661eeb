using GraphQL;

namespace TreatyTracker.Server.Data;

/// <summary>
/// A treaty or country name that matches nothing in the dataset: the one "not found" answer. GraphQL reports it as a
/// field error (the field is null, the error carries the path); the feeds write the same error object with a 404.
/// </summary>
public sealed class NotFoundError : ExecutionError
{
    public const string NotFoundCode = "NOT_FOUND";

    /// <param name="what">"treaty" or "country".</param>
    /// <param name="argument">Where the name was given: the GraphQL argument ("code", "filter.treaty") or the query parameter ("treaty").</param>
    /// <param name="value">The name as given.</param>
    public NotFoundError(string what, string argument, string value) : base($"no {what} matches '{value}'")
    {
        Code = NotFoundCode;
        Argument = argument;
        Value = value;
        Extensions = new Dictionary<string, object?> { ["argument"] = argument, ["value"] = value };
    }

    public string Argument { get; }
    public string Value { get; }
}
