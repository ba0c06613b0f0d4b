import type { Spec } from '../spec/spec-types.ts';
import { readMember, type Request } from '../model/request.ts';
import type { TypeDefaults, TypeFixture } from '../model/world.ts';
import type { EffectiveConfig } from '../model/effective-config.ts';

const nameOf = (v: unknown) => (v && typeof v === 'object' ? (v as { name?: string }).name : (v as string | undefined));

/** Applies the spec's default rules: the request's value, else the type's default, else the spec's fallback. */
export function effectiveConfig(spec: Spec, type: TypeFixture, request: Request): EffectiveConfig {
  const config: EffectiveConfig = {
    workflowType: { name: type.name, version: type.version },
    tagList: (request.tagList as string[] | undefined) ?? [],
    input: request.input as string | undefined,
  };
  for (const rule of spec.defaults) {
    const own = readMember(request, rule.member);
    const fallback = type.defaults[rule.typeDefault as keyof TypeDefaults];
    const value =
      nameOf(own ?? fallback) ??
      (rule.whenNeither === 'absent' || rule.whenNeither.endsWith('Fault') ? undefined : rule.whenNeither);
    if (value !== undefined) (config as unknown as Record<string, unknown>)[rule.member] = value;
  }
  return config;
}
