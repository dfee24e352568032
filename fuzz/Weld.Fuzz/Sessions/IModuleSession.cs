namespace Weld.Fuzz.Sessions;

/// <summary>One instance of one module on one engine, every import stubbed with default values (zero-returning
/// functions, zero globals, fresh tables and memories of the imported minimum size).</summary>
public interface IModuleSession : IDisposable
{
    /// <summary>The engine's name in reports.</summary>
    string Engine { get; }

    /// <summary>Instantiates the module (segments, start function). Returned (no results) on success.</summary>
    CallOutcome Instantiate();

    /// <summary>Calls an exported function.</summary>
    CallOutcome Call(string export, IReadOnlyList<WasmValue> args);

    /// <summary>Reads every exported memory and global.</summary>
    StateSnapshot Snapshot();
}
