// Generated from specs/8x8-connect-contacts/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/api/v1/accounts/{accountId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description You must replace {accountId} with the accountid that you want to use.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create contact
         * @description Create a new contact. If one of the provided addresses already belongs to
         *     a contact, the new one is merged into it and the answer is `200 OK`;
         *     otherwise it is `201 Created`.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description You must replace {accountId} with the accountid that you want to use.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Contact Id. The page gives no type for it; contacts carry an integer `id`,
                 *     so this document reads the contact id as that integer.
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get contact information by id
         * @description Get contact information by contact id.
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
        /** @description A group to add the contact to, by its identifier. */
        GroupReference: {
            /**
             * Format: int64
             * @description Group identitifer
             */
            id: number;
        };
        /** @description All addresses are optional, but at least one address should be provided. */
        Addresses: {
            /**
             * @description Phone number. We accept both international and national formats (for
             *     national you have to specify a country in the dedicated field).
             * @example 16511112222
             */
            msisdn?: string;
            /** @description WeChat user identifier. */
            weChatUserId?: string;
            /** @description Facebook (Messenger) user identifier. */
            facebookUserId?: string;
            /**
             * Format: email
             * @description E-mail address. The page's example renders it as `user@example.com`,
             *     the placeholder of an `email` format, so this document reads it as one.
             */
            email?: string;
            /** @description Zalo user identifier. */
            zaloId?: string;
            /** @description LINE user identifier. */
            lineId?: string;
            /** @description KakaoTalk user identifier. */
            kakaoTalkId?: string;
        };
        /** @description A new contact. Only `addresses` is required, with at least one address in it. */
        CreateContactRequest: {
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /** @description Please use Alpha-2 country code (two character country codes). */
            country?: string;
            /** @description Groups to add the contact to. */
            groups?: components["schemas"]["GroupReference"][];
            addresses: components["schemas"]["Addresses"];
        };
        /**
         * @description A group the contact belongs to. The page marks two of its fields as
         *     non-empty without naming them; this document reads them as `name` and
         *     `description`, the group's two text fields.
         */
        Group: {
            /**
             * Format: int64
             * @description Group identifier.
             */
            id?: number;
            /** @description Number of contacts in the group. */
            contacts?: number;
            /** @description Date and time the group was created. */
            createdAt?: string;
            /** @description Name of the group. */
            name?: string;
            /** @description Description of the group. */
            description?: string;
            /** @description Whether the group is a blacklist. */
            isBlacklist?: boolean;
        };
        /** @description A contact as the API returns it. */
        Contact: {
            /**
             * Format: int64
             * @description Contact identifier, assigned by 8x8.
             */
            id?: number;
            /** @description Date and time the contact was created. */
            createdAt?: string;
            /** @description First name of the contact. */
            firstName?: string;
            /** @description Last name of the contact. */
            lastName?: string;
            /** @description Identifier of the contact in your own system. */
            externalId?: string;
            /** @description Country of the contact, as an Alpha-2 country code. */
            country?: string;
            /** @description Groups the contact belongs to. */
            groups?: components["schemas"]["Group"][];
            addresses: components["schemas"]["Addresses"];
            /** @description Custom attributes of the contact. The page shows an empty object and no keys. */
            customAttributes?: Record<string, never>;
        };
        /**
         * @description The common 8x8 CPaaS error body. The page marks none of its fields as
         *     required; every example carries all four.
         */
        ErrorResponse: {
            /** @description Error code */
            code?: number;
            /** @description Error description */
            message?: string;
            /** @description Unique id of error. You can use it as reference when sending enquiries to 8x8 support */
            errorId?: string;
            /** @description Data and time of the error occurence */
            timestamp?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description You must replace {accountId} with the accountid that you want to use.
         * @example 0f8fad5b-d9cb-469f-a165-70867728950e
         */
        AccountId: string;
        /**
         * @description Contact Id. The page gives no type for it; contacts carry an integer `id`,
         *     so this document reads the contact id as that integer.
         * @example 41764986
         */
        ContactId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type GroupReference = components['schemas']['GroupReference'];
export type Addresses = components['schemas']['Addresses'];
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
export type Group = components['schemas']['Group'];
export type Contact = components['schemas']['Contact'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ParameterAccountId = components['parameters']['AccountId'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description You must replace {accountId} with the accountid that you want to use.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "externalId": "87668",
                 *       "country": "US",
                 *       "groups": [
                 *         {
                 *           "id": 8199
                 *         }
                 *       ],
                 *       "addresses": {
                 *         "msisdn": "16511112222"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description You'll receive 200 OK if the contact has been merged with another contact based on one of provided addresses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "firstName": "John",
                     *       "lastName": "Doe",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222",
                     *         "email": "john.doe@example.com"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description You'll receive 201 Created if the contact has been created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Bad request error response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: more than one contact was found based on a provided set of addresses. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 1001,
                     *       "message": "Provided subAccountId doesn't belongs to your account",
                     *       "errorId": "91b106f0-c0da-4aba-a43a-7af9c5893a80",
                     *       "timestamp": "2017-04-19T02:31:19.4297387+00:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
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
                 * @description You must replace {accountId} with the accountid that you want to use.
                 * @example 0f8fad5b-d9cb-469f-a165-70867728950e
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Contact Id. The page gives no type for it; contacts carry an integer `id`,
                 *     so this document reads the contact id as that integer.
                 * @example 41764986
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 41764986,
                     *       "createdAt": "2022-04-18T07:39:55.52Z",
                     *       "firstName": "John",
                     *       "lastName": "Doe",
                     *       "externalId": "87668",
                     *       "country": "US",
                     *       "groups": [
                     *         {
                     *           "id": 8199,
                     *           "contacts": 1,
                     *           "createdAt": "2022-04-13T08:41:47.82Z",
                     *           "name": "some group",
                     *           "description": "General",
                     *           "isBlacklist": false
                     *         }
                     *       ],
                     *       "addresses": {
                     *         "msisdn": "16511112222",
                     *         "email": "john.doe@example.com"
                     *       },
                     *       "customAttributes": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The entity doesn't exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
