// Generated from specs/mintlify-sandbox/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact to fetch, a UUID. Clients and mocks
                 *     that validate against this spec reject any other value; how the API itself
                 *     answers an ID that is not a UUID is not documented.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get Contact by ID
         * @description Returns a single contact based on the ID supplied. This is the operation
         *     the vendor's "Get Contact by ID" page documents now.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact to fetch, a UUID. Clients and mocks
                 *     that validate against this spec reject any other value; how the API itself
                 *     answers an ID that is not a UUID is not documented.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get Contact by ID (earlier page)
         * @deprecated
         * @description Returns a single contact based on the ID supplied, as an earlier version
         *     of the reference page showed it: on `/contact/{id}`, at the Mintlify
         *     sandbox host. Deprecated: the vendor's page now documents `getContact`
         *     (`/contacts/{id}`) in its place.
         */
        get: operations["getContactById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A contact: its name and phone number, its last call, where it came
         *     from, its tag, category and notes, the campaign and workspace it belongs
         *     to; `null` in a failure answer, which may also leave it out.
         *     Every field may be absent; `metadata`, `last_call_at`,
         *     `last_call_duration`, `last_call_feedback` and `notes` may also be `null`.
         *     `id`, `company_id` and `campaign_id` are UUIDs, checked by a `pattern` as well as `format: uuid`,
         *     since validators may skip `format`.
         *
         *     Reading: every field is optional, because no page marks one as required.
         */
        Contact: {
            /**
             * Format: uuid
             * @description The contact's unique identifier, a UUID. Pass it as `id` to fetch the contact.
             */
            id?: string;
            /**
             * Format: uuid
             * @description ID of the company that owns the contact, a UUID.
             */
            company_id?: string;
            /** @description First name of the contact. */
            firstname?: string;
            /** @description Last name of the contact. */
            lastname?: string;
            /**
             * @description Phone number of the contact, in E.164 format: a `+` and up to 15
             *     digits, country code first, e.g. `+14155550123`.
             */
            phone_number?: string;
            /**
             * @description Your own fields of the contact, such as e-mail, company or job title,
             *     by name; `null` when it has none.
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description International dialling code of the phone number, with its `+`, e.g.
             *     `+1` or `+44`; not an ISO country code.
             *
             *     Reading: a `+` and 1 to 3 digits, because the field table's examples
             *     are written so and the code is that of an E.164 number.
             */
            number_country_code?: string;
            /**
             * @description Status of the last call to the contact, e.g. `completed`, `busy`,
             *     `no-answer`, `in-progress`, `unreachable`, `picked-up` or `answered`.
             *
             *     Reading: any string rather than an enum, because the pages give
             *     different example lists and call none of them complete.
             */
            last_call_status?: string;
            /**
             * Format: date-time
             * @description Date and time of the last call to the contact; `null` before the
             *     first call.
             *
             *     Reading: a `date-time`, because the reference page shows it as the
             *     placeholder of a `date-time`.
             */
            last_call_at?: string | null;
            /**
             * @description Duration of the last call to the contact, in seconds; `null` before
             *     the first call.
             *
             *     Reading: 0 or more, because it is a duration.
             */
            last_call_duration?: number | null;
            /** @description Feedback recorded for the last call to the contact, or `null`. */
            last_call_feedback?: string | null;
            /** @description Where the contact came from, e.g. `Manual`, `CSV Import` or `Website`. */
            source_name?: string;
            /** @description Tag on the contact, e.g. `hot_lead` or `cold_lead`. */
            tag_name?: string;
            /** @description Category of the contact, e.g. `sales_qualified` or `marketing_qualified`. */
            category_name?: string;
            /** @description Notes about the contact, or `null`. */
            notes?: string | null;
            /**
             * Format: date-time
             * @description Date and time the contact was created.
             *
             *     Reading: a `date-time`, because the reference page shows it as the
             *     placeholder of a `date-time`.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was last updated.
             *
             *     Reading: a `date-time`, because the reference page shows it as the
             *     placeholder of a `date-time`.
             */
            updated_at?: string;
            /**
             * Format: uuid
             * @description ID of the campaign the contact belongs to, a UUID.
             *
             *     Reading: a UUID, because the reference page shows it as the
             *     placeholder of a `uuid`.
             */
            campaign_id?: string;
            /**
             * @description Status of the contact, e.g. `active` or `inactive`.
             *
             *     Reading: any string rather than an enum, because the pages give only
             *     examples.
             */
            status?: string;
            /**
             * @description ID of the workspace the contact belongs to.
             *
             *     Reading: any string, not a UUID, because the vendor's generated page
             *     shows it as a plain string.
             */
            workspace_id?: string;
        } | null;
        /**
         * @description The contact, in `data`, wrapped in a `{status, message, data}` envelope.
         *     Every field is optional: check that a field is there before you use it.
         *
         *     Reading: no field is required, because the reference page marks none as
         *     required.
         */
        ContactResponse: {
            /**
             * @description Status of the request: `ok` when the contact was found; any other
             *     value is a failure, explained in `message`.
             *
             *     Reading: any string rather than an enum, because the pages show only
             *     `ok` and do not name the value a failure carries.
             */
            status?: string;
            /** @description Human-readable message about the request, e.g. `ok`, or the reason it failed. */
            message?: string;
            data?: components["schemas"]["Contact"];
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The unique identifier of the contact to fetch, a UUID. Clients and mocks
         *     that validate against this spec reject any other value; how the API itself
         *     answers an ID that is not a UUID is not documented.
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Contact = components['schemas']['Contact'];
export type ContactResponse = components['schemas']['ContactResponse'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact to fetch, a UUID. Clients and mocks
                 *     that validate against this spec reject any other value; how the API itself
                 *     answers an ID that is not a UUID is not documented.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The contact, in the `{status, message, data}` envelope, with `status`
             *     `ok`. A contact that is not found, and any other failure, also
             *     answers `200`, with another `status` and the reason in `message`:
             *     the client reports that answer as an error.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
        };
    };
    getContactById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact to fetch, a UUID. Clients and mocks
                 *     that validate against this spec reject any other value; how the API itself
                 *     answers an ID that is not a UUID is not documented.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The contact, in the `{status, message, data}` envelope, with `status`
             *     `ok`. A contact that is not found, and any other failure, also
             *     answers `200`, with another `status` and the reason in `message`:
             *     the client reports that answer as an error.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
        };
    };
}
