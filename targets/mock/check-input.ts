import { checkDocumentedRules } from './documented-rules.ts';
import type { ServiceModel } from './service-model.ts';
import { validateAgainstModel } from './validate-against-model.ts';
import { validationFault } from './violation.ts';

/**
 * Refuses, with ValidationException, input that breaks the model's constraints, then input that breaks SWF's
 * documented rules: the framework's validation runs before the service looks at the values.
 */
export function checkInput(model: ServiceModel, operation: string, input: unknown, skip: ReadonlySet<string>): void {
  const modelViolations = validateAgainstModel(model, operation, input, skip);
  if (modelViolations.length) throw validationFault(modelViolations);
  const ruleViolations = checkDocumentedRules(operation, input, skip);
  if (ruleViolations.length) throw validationFault(ruleViolations);
}
