using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>NoFragmentCycles against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class NoFragmentCyclesTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_self_and_long()
    {
        const string document = """
            fragment A on Dog { ...A }
            fragment B on Dog { ...C }
            fragment C on Dog { ...D }
            fragment D on Dog { ...B ...A }
            """;
        Assert.Equal([
                "Cannot spread fragment \"A\" within itself. (1:21)",
                "Cannot spread fragment \"B\" within itself via \"C\", \"D\". (2:21, 3:21, 4:21)",
            ], SpecSchema.Errors(document, new NoFragmentCycles()));
    }

    // Spec section 5.5.2.2 (Fragment Spreads Must Not Form Cycles), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """;
        Assert.Equal([
                "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". (9:3, 14:3)",
            ], SpecSchema.Errors(document, new NoFragmentCycles()));
    }

    // Spec section 5.5.2.2 (Fragment Spreads Must Not Form Cycles), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            {
              dog {
                name
                barkVolume
                name
                barkVolume
                name
                barkVolume
                name
                # forever...
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new NoFragmentCycles()));
    }

    // Spec section 5.5.2.2 (Fragment Spreads Must Not Form Cycles), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """;
        Assert.Equal([
                "Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\". (10:5, 17:5)",
            ], SpecSchema.Errors(document, new NoFragmentCycles()));
    }
}
