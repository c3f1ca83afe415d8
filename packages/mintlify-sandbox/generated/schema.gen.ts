// Generated from specs/mintlify-sandbox/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of contact to fetch. The page gives no type for it; a contact's `id`
                 *     is rendered as the placeholder of a `uuid` string, so this document reads
                 *     the ID as a UUID, and a validating client or mock rejects any other value.
                 *     The page does not document how the API answers an ID that is not a UUID.
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
         * @description A contact. The page lists the fields in an example only: it marks none as
         *     required and does not say whether any can be `null`, so every field is
         *     optional and none is nullable here.
         *
         *     The UUID fields carry a `pattern` as well as `format: uuid`: in OpenAPI
         *     3.1 `format` is an annotation that validators may skip, and the pattern
         *     states the same reading in a form every validator enforces.
         */
        Contact: {
            /**
             * Format: uuid
             * @description Contact ID. Rendered as a `uuid` placeholder, read as a UUID.
             */
            id?: string;
            /**
             * Format: uuid
             * @description ID of the company the contact belongs to. Rendered as a `uuid` placeholder, read as a UUID.
             */
            company_id?: string;
            /** @description First name of the contact. */
            firstname?: string;
            /** @description Last name of the contact. */
            lastname?: string;
            /** @description Phone number of the contact. The page does not state its format. */
            phone_number?: string;
            /** @description Free-form metadata of the contact. The page shows an empty object and no keys. */
            metadata?: Record<string, never>;
            /**
             * @description Country code of the contact's phone number. The page does not say
             *     whether it is an ISO country code or a dialling code; the example uses
             *     an ISO 3166-1 alpha-2 code.
             */
            number_country_code?: string;
            /** @description Status of the last call to the contact. The page lists no values. */
            last_call_status?: string;
            /**
             * Format: date-time
             * @description Date and time of the last call to the contact. Rendered as a `date-time` placeholder, read as one.
             */
            last_call_at?: string;
            /**
             * @description Duration of the last call to the contact. The page shows an integer
             *     and states neither its unit nor its range.
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
             * @description Date and time the contact was created. Rendered as a `date-time` placeholder, read as one.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Date and time the contact was last updated. Rendered as a `date-time` placeholder, read as one.
             */
            updated_at?: string;
            /**
             * Format: uuid
             * @description ID of the campaign the contact belongs to. Rendered as a `uuid` placeholder, read as a UUID.
             */
            campaign_id?: string;
            /** @description Status of the contact. The page lists no values. */
            status?: string;
        };
        /**
         * @description Contact response: the contact wrapped in a `{status, message, data}`
         *     envelope. The page marks none of the fields as required, so none is
         *     required here; a client should check for each one.
         */
        ContactResponse: {
            /**
             * @description Status of the request. The page's example shows `ok`; it lists no
             *     other values, so the field is not limited to an enum.
             */
            status?: string;
            /** @description Human-readable message about the request. */
            message?: string;
            data?: components["schemas"]["Contact"];
        };
        /**
         * @description The body of a `401` answer. The page does not document it, so this
         *     document claims nothing about its fields.
         */
        UnauthorizedResponse: Record<string, never>;
    };
    responses: never;
    parameters: {
        /**
         * @description ID of contact to fetch. The page gives no type for it; a contact's `id`
         *     is rendered as the placeholder of a `uuid` string, so this document reads
         *     the ID as a UUID, and a validating client or mock rejects any other value.
         *     The page does not document how the API answers an ID that is not a UUID.
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
                 * @description ID of contact to fetch. The page gives no type for it; a contact's `id`
                 *     is rendered as the placeholder of a `uuid` string, so this document reads
                 *     the ID as a UUID, and a validating client or mock rejects any other value.
                 *     The page does not document how the API answers an ID that is not a UUID.
                 * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
                 */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contact response */
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
             * @description The bearer token is missing or not valid. The page documents only the
             *     `200` response; this answer follows from the bearer authentication it
             *     documents. The page does not document the body, its fields or its
             *     media type.
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
