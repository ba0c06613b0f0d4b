/** A history event as answered: its type, id and the attributes member named for its type. */
export interface HistoryEvent {
  eventId?: number;
  eventType?: string;
  [attributes: string]: unknown;
}

/** The events of a GetWorkflowExecutionHistory or PollForDecisionTask output (empty when it has none). */
export function eventsOf(output: Record<string, unknown> | undefined): HistoryEvent[] {
  return Array.isArray(output?.events) ? (output.events as HistoryEvent[]) : [];
}

/** The attributes of an event: `decisionTaskScheduledEventAttributes` for DecisionTaskScheduled, and so on. */
export function attributesOf(event: HistoryEvent | undefined): Record<string, unknown> {
  if (!event?.eventType) return {};
  const name = `${event.eventType[0].toLowerCase()}${event.eventType.slice(1)}EventAttributes`;
  return (event[name] as Record<string, unknown> | undefined) ?? {};
}

/** The first event of a type, if any. */
export const firstOf = (events: HistoryEvent[], type: string) => events.find((e) => e.eventType === type);

/** The types of the events, in order, for reports. */
export const typesOf = (events: HistoryEvent[]) => events.map((e) => e.eventType);
