namespace Weld;

/// <summary>A WebAssembly exception (exception handling): thrown by wasm's <c>throw</c> and reaching the host when no
/// handler in wasm catches it, or thrown by a host function into the wasm code that called it, where a handler for its
/// tag (or a catch-all) catches it. A trap is never a <see cref="WasmException"/> and wasm never catches a trap.</summary>
/// <remarks>The members that speak of the public <see cref="Weld.Tag"/> live with the public API (Api/WasmException.Tags.cs).</remarks>
public sealed partial class WasmException : WeldException
{
    internal WasmException(object instance) : base("wasm exception") => Instance = instance;

    /// <summary>The runtime's exception instance (an <c>ExceptionInstance</c>; opaque at this layer, as a
    /// <see cref="Value"/>'s reference is).</summary>
    internal object Instance { get; }

    /// <summary>Compiled code's legacy delegate: the exception skips the handlers of the invocation that owns this
    /// token whose control depth is above <see cref="DelegateDepth"/> (any other invocation treats it as plain).</summary>
    internal object? DelegateToken { get; init; }
    internal int DelegateDepth { get; init; }
}
