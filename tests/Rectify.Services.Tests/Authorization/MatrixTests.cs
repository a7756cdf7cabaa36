namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// The three tests every service's matrix runs, over its world (one host per class, shared by the fixture).
/// A service's class only declares, per endpoint, the status each <see cref="Caller"/> gets, in order:
/// anonymous, no grants, other coordinator, sibling office, other liaison.
/// </summary>
public abstract class MatrixTests<TWorld>(TWorld world) where TWorld : MatrixWorld
{
    protected abstract IReadOnlyDictionary<string, string> Declared { get; }

    /// <summary>GET lists that take no bounds, each with the reason its length is bounded by nature.</summary>
    protected virtual IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>();

    [Fact]
    public void Every_endpoint_has_a_declared_outcome_for_each_caller() => Matrix.AssertEveryEndpointDeclared(world, Declared);

    [Fact]
    public Task Callers_outside_the_victim_unit_get_the_declared_status_and_write_nothing() => Matrix.AssertOutcomesAsync(world, Declared);

    [Fact]
    public Task Bad_input_to_every_write_is_a_400_naming_the_field_and_writes_nothing() => BadInput.AssertRefusedAsync(world, world.Signed(MatrixWorld.Admin));

    [Fact]
    public Task Every_list_is_bounded_and_pages_through_its_next_links() => BoundedLists.AssertBoundedAsync(world, world.Signed(MatrixWorld.Admin), Unpaged);
}
