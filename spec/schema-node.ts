/** A JSON Schema node of the request, as far as the harness reads it. */
export interface SchemaNode {
  type?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  enum?: string[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean;
}
