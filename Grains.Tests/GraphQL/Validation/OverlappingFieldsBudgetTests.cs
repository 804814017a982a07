using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>OverlappingFieldsCanBeMerged stops, with an error, on documents built to make it work quadratically.</summary>
public sealed class OverlappingFieldsBudgetTests
{
    [Fact]
    public void Thousands_of_same_named_fields_are_refused_instead_of_compared_pairwise()
    {
        // 2 000 selections of one response name make 2 million pairs to compare.
        string document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 2_000)) + "} }";
        List<string> errors = SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged());
        Assert.Equal(["The document is too complex to check that its fields can be merged; validation aborted. (1:7)"], errors);
    }

    [Fact]
    public void A_few_hundred_same_named_fields_are_still_checked()
    {
        string document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 300)) + "name: nickname } }";
        List<string> errors = SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged());
        Assert.Equal(300, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields.", e));
    }
}
