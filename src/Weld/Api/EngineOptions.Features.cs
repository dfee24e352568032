namespace Weld;

public sealed partial class EngineOptions
{
    /// <summary>The proposals beyond WebAssembly 2.0 that modules may use (default: <see cref="WasmFeatures.Default"/>).
    /// A host that wants no shared memory and no atomics in the modules it runs turns <see cref="WasmFeatures.Threads"/>
    /// off: such modules then fail to decode or validate.</summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Default;
}
