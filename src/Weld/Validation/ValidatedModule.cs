using Weld.Syntax;

namespace Weld.Validation;

/// <summary>A module that passed validation. It carries nothing but the definition: each back end derives what it
/// needs (operand kinds, stack heights) in the same single pass in which it translates a body, reading result
/// types from the instruction table (<see cref="OperatorSignatures"/>).</summary>
internal sealed class ValidatedModule(ModuleDefinition definition)
{
    public ModuleDefinition Definition { get; } = definition;
}
