namespace Weld.Fuzz.Comparison;

/// <summary>How two NaN results (or bits that may come from one) are compared.</summary>
public enum NanRule
{
    /// <summary>Every bit must match: for two engines that compute floats the same way (Weld's two back ends).</summary>
    BitExact,

    /// <summary>
    /// The spec's nondeterminism: an arithmetic NaN result may have any payload and sign (spec 4.3.3: the result of an
    /// operation on NaNs is some arithmetic NaN, canonical when every NaN operand was canonical, and engines are free to
    /// propagate or canonicalize). So two different quiet NaNs match, and so do two integers or memory words that are
    /// both the bits of quiet NaNs (a reinterpret or a store of such a result). A quiet NaN never matches a signaling
    /// one: signaling NaNs only come from bit-exact operations (constants, loads, reinterpret, abs, neg, copysign).
    /// </summary>
    SpecNondeterminism,
}
