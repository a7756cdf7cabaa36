using System.Reflection;
using MassTransit;
using Rectify.Contracts;
using Rectify.Contracts.Tasks;

namespace Rectify.Architecture.Tests;

public sealed class Messages
{
    private static readonly Type[] Events = [.. Solution.Contracts.GetTypes().Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface)];

    [Fact]
    public void Every_integration_event_lives_in_contracts()
    {
        var elsewhere = Solution.All.Where(a => a != Solution.Contracts)
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t));

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Every_consumed_message_type_comes_from_contracts()
    {
        var consumed = Solution.All.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(m => !m.IsGenericParameter)
            .Distinct()
            .ToList();

        Assert.NotEmpty(consumed);
        Assert.All(consumed, m => Assert.Equal(Solution.Contracts, m.Assembly));
    }

    [Fact]
    public void No_assembly_declares_a_copy_of_a_contract_type()
    {
        var names = Events.Select(e => e.Name).ToHashSet();
        var copies = Solution.All.Where(a => a != Solution.Contracts)
            .SelectMany(a => a.GetTypes())
            .Where(t => names.Contains(t.Name))
            .Select(t => t.FullName);

        Assert.Empty(copies);
    }

    /// <summary>
    /// A vocabulary the events carry (task states, report periods) is a static class in contracts, written once:
    /// a service that declared its own copy could drift from the words on the wire.
    /// </summary>
    [Fact]
    public void No_assembly_declares_a_copy_of_a_contract_vocabulary()
    {
        var vocabularies = Solution.Contracts.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed).Select(t => t.Name).ToHashSet();
        Assert.Contains(nameof(TaskStates), vocabularies);
        var copies = Solution.All.Where(a => a != Solution.Contracts)
            .SelectMany(a => a.GetTypes())
            .Where(t => vocabularies.Contains(t.Name))
            .Select(t => t.FullName);

        Assert.Empty(copies);
    }

    [Fact]
    public void Events_are_sealed_records_named_in_the_past_tense_in_a_namespace()
    {
        Assert.NotEmpty(Events);
        Assert.All(Events, e =>
        {
            Assert.True(e.IsSealed, $"{e.Name} is not sealed");
            Assert.NotNull(e.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)); // only records have it
            Assert.Matches("(ed|Sent|Held|Made|Done|Taken|Given|Withdrawn|Set)(V[0-9]+)?$", e.Name);
            Assert.StartsWith("Rectify.Contracts.", e.FullName);
        });
    }
}
