namespace Weld.Tests.Api;

/// <summary>
/// The dependency direction of docs/ARCHITECTURE.md, checked on the built assembly: no layer uses a type or method
/// of a layer above it (in a signature, a field, a local or the IL of a method body).
/// </summary>
public class LayeringTests
{
    private static readonly Lazy<LayerMap> Map = new(() => LayerMap.Load(typeof(Engine).Assembly));

    [Fact]
    public void NoLayerUsesALayerAboveIt()
    {
        var violations = Map.Value.Violations(LayerMap.Tiers);
        Assert.True(violations.Count == 0, "Layers reach up:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void TheCheckSeesRealDependencies()
    {
        // The same check with Api moved below Runtime must flag the API's use of the runtime (Store wraps a
        // RuntimeStore): the scan finds dependencies, so an upward one would fail the test above.
        string[][] apiAtTheBottom = [["Api"], .. LayerMap.Tiers.Select(t => t.Where(l => l != "Api").ToArray()).Where(t => t.Length > 0)];
        var violations = Map.Value.Violations(apiAtTheBottom);
        Assert.Contains(violations, v => v.StartsWith("Api uses Runtime: Weld.Store.", StringComparison.Ordinal));
        // ... and in method bodies, not only signatures: Function.Invoke calls HostEntry.Invoke.
        Assert.Contains(violations, v => v.StartsWith("Api uses Execution: Weld.Function.Invoke", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryTypeHasALayer()
    {
        var unplaced = Map.Value.Types
            .Where(t => Map.Value.LayerOf(t, LayerMap.Tiers) is not { } layer || LayerMap.TierOf(layer, LayerMap.Tiers) < 0)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(unplaced.Count == 0, "Types in no known layer:\n" + string.Join("\n", unplaced));
    }

    [Fact]
    public void NamespacesMatchFolders()
    {
        // Weld.X lives in folder X; namespace Weld (the public surface) only in Types/, Api/ and the script runner's
        // public facade in Script/.
        var misplaced = new List<string>();
        foreach (var type in Map.Value.Types.Where(t => !t.IsNested))
        {
            string ns = type.Namespace!;
            string[] allowed = ns == "Weld" ? ["Types", "Api", "Script"] : [ns.Split('.')[1]];
            foreach (var folder in Map.Value.FoldersOf(type))
                if (!allowed.Contains(folder)) misplaced.Add($"{type.FullName} ({ns}) written in {folder}/");
        }
        Assert.True(misplaced.Count == 0, "Namespace and folder disagree:\n" + string.Join("\n", misplaced));
    }
}
