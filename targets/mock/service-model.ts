import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The official AWS model is the mock's only source of limits, so it checks what SWF declares rather than what the harness expects.
const MODEL_URL = new URL('../../spec/aws-model/swf-2012-01-25.service-model.json', import.meta.url);

export interface ShapeRef {
  shape: string;
}

/** The parts of a Smithy/botocore shape the mock enforces. */
export interface Shape {
  type: 'structure' | 'list' | 'string' | 'integer' | 'long' | 'boolean' | 'timestamp';
  required?: string[];
  members?: Record<string, ShapeRef>;
  member?: ShapeRef;
  min?: number;
  max?: number;
  enum?: string[];
}

export interface ServiceModel {
  metadata: { targetPrefix: string };
  operations: Record<string, { input?: ShapeRef; output?: ShapeRef }>;
  shapes: Record<string, Shape>;
}

let cached: ServiceModel | undefined;

/** Reads the SWF service model once; throws a one-line Error naming the path when the file is missing or unreadable. */
export function loadServiceModel(): ServiceModel {
  if (cached) return cached;
  const path = fileURLToPath(MODEL_URL);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `mock SWF: cannot read the AWS service model at ${path} (${(error as Error).message}); it ships in spec/aws-model/`,
      { cause: error },
    );
  }
  cached = JSON.parse(text) as ServiceModel;
  return cached;
}

/** The input shape of an operation, or undefined for an operation the model does not have. */
export function inputShapeOf(model: ServiceModel, operation: string): Shape | undefined {
  const ref = model.operations[operation]?.input;
  return ref ? model.shapes[ref.shape] : undefined;
}
