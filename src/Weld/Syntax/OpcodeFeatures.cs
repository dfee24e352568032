namespace Weld.Syntax;

/// <summary>The proposal an instruction belongs to, for those the engine may leave out
/// (<see cref="EngineOptions.Features"/>); atomics are told by their prefix (<see cref="OpcodeFamilies.IsAtomic"/>).</summary>
internal static class OpcodeFeatures
{
    /// <summary>The feature <paramref name="op"/> needs, or <see cref="WasmFeatures.None"/> for a 2.0 instruction.</summary>
    public static WasmFeatures Required(Opcode op) => op switch
    {
        Opcode.ReturnCall or Opcode.ReturnCallIndirect => WasmFeatures.TailCall,
        _ when TypedReferenceOps.Is(op) => WasmFeatures.FunctionReferences,
        _ when ExceptionOpcodes.Is(op) => WasmFeatures.ExceptionHandling,
        Opcode.RefEq => WasmFeatures.Gc,
        _ when OpcodeFamilies.IsGc(op) => WasmFeatures.Gc,
        >= Opcode.I8x16RelaxedSwizzle and <= Opcode.I32x4RelaxedDotI8x16I7x16AddS => WasmFeatures.RelaxedSimd,
        _ => WasmFeatures.None,
    };
}
