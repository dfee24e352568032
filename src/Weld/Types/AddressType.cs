namespace Weld;

/// <summary>The type of the addresses of a memory or the indexes of a table: 32-bit as in WebAssembly 2.0, or 64-bit
/// (the memory64 proposal, <see cref="WasmFeatures.Memory64"/>).</summary>
public enum AddressType
{
    /// <summary>i32 addresses and sizes.</summary>
    I32,

    /// <summary>i64 addresses and sizes.</summary>
    I64,
}
