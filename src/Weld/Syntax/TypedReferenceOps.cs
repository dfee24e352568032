namespace Weld.Syntax;

/// <summary>The instructions of typed function references (3.0), which exist only with
/// <see cref="WasmFeatures.FunctionReferences"/>.</summary>
internal static class TypedReferenceOps
{
    public static bool Is(Opcode op) =>
        op is Opcode.CallRef or Opcode.ReturnCallRef or Opcode.RefAsNonNull or Opcode.BrOnNull or Opcode.BrOnNonNull;
}
