/**
 * CloudFormation's parameter constraint checks, as documented for the Parameters section: AllowedValues, an
 * AllowedPattern that must match the whole value, Min/MaxLength for strings and Min/MaxValue for numbers.
 */
export interface ParameterDefinition {
  Type: string;
  AllowedValues?: string[];
  AllowedPattern?: string;
  MinLength?: number;
  MaxLength?: number;
  MinValue?: number;
  MaxValue?: number;
}

export function acceptsParameter(def: ParameterDefinition, value: string): boolean {
  if (def.AllowedValues && !def.AllowedValues.includes(value)) return false;
  if (def.Type === 'Number') {
    const n = Number(value);
    if (value.trim() === '' || Number.isNaN(n)) return false;
    if (def.MinValue !== undefined && n < def.MinValue) return false;
    if (def.MaxValue !== undefined && n > def.MaxValue) return false;
    return true;
  }
  if (def.MinLength !== undefined && value.length < def.MinLength) return false;
  if (def.MaxLength !== undefined && value.length > def.MaxLength) return false;
  if (def.AllowedPattern) {
    const match = new RegExp(def.AllowedPattern).exec(value);
    if (!match || match[0] !== value) return false;
  }
  return true;
}
