// Generated from specs/mintlify-sandbox/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the contact to fetch: a UUID, such as
                 *     `3c90c3cc-0d44-4b50-8888-8dd25736052a`. Clients and mocks that validate
                 *     against this spec reject any other value; how the API itself answers an
                 *     ID that is not a UUID is not documented.
                 *
                 *     Reading: a UUID, because the reference page gives this parameter no type
                 *     and shows a contact's `id` as the placeholder of a `uuid`.
                 * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get Contact by ID
         * @description Returns a single contact based on the ID supplied.
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
         * @description A contact: its name and phone number, its last call, where it came from,
         *     its tag, category and notes, and the campaign it belongs to. Every field
         *     may be absent, and none may be `null`. ID fields are UUIDs, checked by a
         *     `pattern` as well as `format: uuid`, since validators may skip `format`.
         *
         *     Reading: every field is optional and none is nullable, because the
         *     reference page lists the fields only in an example, marks none as required
         *     and never says one can be `null`.
         */
        Contact: {
            /**
             * Format: uuid
             * @description The contact's ID, a UUID. Pass it as `id` to fetch the contact.
             *
             *     Reading: a UUID, because the reference page shows it as the
             *     placeholder of a `uuid`.
             */
            id?: string;
            /**
             * Format: uuid
             * @description ID of the company the contact belongs to, a UUID.
             *
             *     Reading: a UUID, because the reference page shows it as the
             *     placeholder of a `uuid`.
             */
            company_id?: string;
            /** @description First name of the contact. */
            firstname?: string;
            /** @description Last name of the contact. */
            lastname?: string;
            /**
             * @description Phone number of the contact.
             *
             *     Reading: any string, because the reference page does not state its
             *     format.
             */
            phone_number?: string;
            /**
             * @description Free-form metadata of the contact.
             *
             *     Reading: an object with no defined keys, because the reference page
             *     shows only an empty object.
             */
            metadata?: Record<string, never>;
            /**
             * @description Country code of the contact's phone number, for example `US` (an ISO
             *     3166-1 alpha-2 code).
             *
             *     Reading: any string, because the reference page does not say whether it
             *     is an ISO country code or a dialling code.
             */
            number_country_code?: string;
            /**
             * @description Status of the last call to the contact, for example `completed`.
             *
             *     Reading: any string rather than an enum, because the reference page
             *     lists no values.
             */
            last_call_status?: string;
            /**
             * Format: date-time
             * @description Date and time of the last call to the contact.
             *
             *     Reading: a `date-time`, because the reference page shows it as the
             *     placeholder of a `date-time`.
             */
            last_call_at?: string;
            /**
             * @description Duration of the last call to the contact, as an integer whose unit and
             *     range are not documented.
             *
             *     Reading: an integer, because the reference page shows it as `123`, the
             *     placeholder of an integer.
             */
            last_call_duration?: number;
            /** @description Feedback recorded for the last call to the contact. */
            last_call_feedback?: string;
            /** @description Name of the source the contact came from. */
            source_name?: string;
            /** @description Name of the tag on the contact. */
            tag_name?: string;
            /** @description Name of the category of the contact. */
            category_name?: string;
            /** @description Notes about the contact. */
            notes?: string;
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
             * @description Status of the contact, for example `active`.
             *
             *     Reading: any string rather than an enum, because the reference page
             *     lists no values.
             */
            status?: string;
        };
        /**
         * @description The contact, in `data`, wrapped in a `{status, message, data}` envelope.
         *     Every field is optional: check that a field is there before you use it.
         *
         *     Reading: no field is required, because the reference page marks none as
         *     required.
         */
        ContactResponse: {
            /**
             * @description Status of the request: `ok` in the documented example.
             *
             *     Reading: any string rather than an enum, because the reference page
             *     shows only `ok` and lists no other values.
             */
            status?: string;
            /** @description Human-readable message about the request. */
            message?: string;
            data?: components["schemas"]["Contact"];
        };
        /**
         * @description The body of a `401` answer. Its fields are not documented: do not rely on
         *     any of them.
         *
         *     Reading: any object, because the reference page does not document this
         *     body.
         */
        UnauthorizedResponse: Record<string, never>;
    };
    responses: never;
    parameters: {
        /**
         * @description ID of the contact to fetch: a UUID, such as
         *     `3c90c3cc-0d44-4b50-8888-8dd25736052a`. Clients and mocks that validate
         *     against this spec reject any other value; how the API itself answers an
         *     ID that is not a UUID is not documented.
         *
         *     Reading: a UUID, because the reference page gives this parameter no type
         *     and shows a contact's `id` as the placeholder of a `uuid`.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Contact = components['schemas']['Contact'];
export type ContactResponse = components['schemas']['ContactResponse'];
export type UnauthorizedResponse = components['schemas']['UnauthorizedResponse'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    getContactById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the contact to fetch: a UUID, such as
                 *     `3c90c3cc-0d44-4b50-8888-8dd25736052a`. Clients and mocks that validate
                 *     against this spec reject any other value; how the API itself answers an
                 *     ID that is not a UUID is not documented.
                 *
                 *     Reading: a UUID, because the reference page gives this parameter no type
                 *     and shows a contact's `id` as the placeholder of a `uuid`.
                 * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, in the `{status, message, data}` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "message": "Contact fetched successfully",
                     *       "data": {
                     *         "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                     *         "company_id": "9b2f4d6e-1a3c-4e5f-8a7b-6c5d4e3f2a1b",
                     *         "firstname": "John",
                     *         "lastname": "Doe",
                     *         "phone_number": "+14155550123",
                     *         "metadata": {},
                     *         "number_country_code": "US",
                     *         "last_call_status": "completed",
                     *         "last_call_at": "2024-03-12T14:05:30Z",
                     *         "last_call_duration": 184,
                     *         "last_call_feedback": "Interested, asked to be called back next week.",
                     *         "source_name": "CSV import",
                     *         "tag_name": "Warm lead",
                     *         "category_name": "Prospects",
                     *         "notes": "Prefers calls in the afternoon.",
                     *         "created_at": "2024-02-01T09:15:00Z",
                     *         "updated_at": "2024-03-12T14:08:12Z",
                     *         "campaign_id": "5e8f0c2a-7b4d-4c1e-9f3a-2d6b8a0e4c7f",
                     *         "status": "active"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /**
             * @description The bearer token is missing or not valid: send a valid token as
             *     `Authorization: Bearer <token>`. The body, its fields and its media
             *     type are not documented.
             *
             *     Reading: the API answers a bad token with `401`, because the reference
             *     page documents bearer authentication but only the `200` response.
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["UnauthorizedResponse"];
                };
            };
        };
    };
}
