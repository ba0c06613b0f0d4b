import { checkDocumentedRules } from './documented-rules';
import type { ServiceModel } from './service-model';
import { validateAgainstModel } from './validate-against-model';
import { validationFault } from './violation';

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
