/*! tb-landscape frontend: the Landscape tab (generated from frontend/src by frontend/build.mjs; do not edit).
 * Bundled packages:
 *   d3-array@3.2.5 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-color@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-contour@4.0.3 (ISC, terms 1): Copyright 2012-2026 Mike Bostock
 *   d3-format@3.1.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-interpolate@3.0.2 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale@4.0.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale-chromatic@3.1.1 (ISC, terms 2): Copyright 2010-2026 Mike Bostock
 *   d3-time@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-time-format@4.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   three@0.187.0 (MIT, terms 3): Copyright © 2010-2026 three.js authors
 * Terms 1: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 * Terms 2: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE. Apache-Style Software License for ColorBrewer software and ColorBrewer Color Schemes Copyright 2002 Cynthia Brewer, Mark Harrower, and The Pennsylvania State University Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.
 * Terms 3: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
var kf="TBL1",xt=class extends Error{constructor(e){super(e),this.name="FrameError"}},zf=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function zt(n,e){if(!(Number.isInteger(e)&&e>=0&&e<n.metricCount))throw new RangeError(`metric index ${e} out of range [0, ${n.metricCount})`);let t=n.nx*n.ny;return n.values.subarray(e*t,(e+1)*t)}function Gf(n){let e=n instanceof ArrayBuffer?new Uint8Array(n):new Uint8Array(n.buffer,n.byteOffset,n.byteLength);if(e.length<8)throw new xt(`frame too short: ${e.length} bytes, a frame has at least 8`);let t=String.fromCharCode(e[0],e[1],e[2],e[3]);if(t!==kf)throw new xt(`bad magic ${JSON.stringify(t)}, expected "${kf}"`);let i=new DataView(e.buffer,e.byteOffset,8).getUint32(4,!0),r=8+i;if(r>e.length)throw new xt(`header length ${i} runs past the end of the ${e.length}-byte frame`);if(r%4!==0)throw new xt(`misaligned frame: 8 + header length (${i}) = ${r} is not a multiple of 4`);let s;try{let u=new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,r));s=JSON.parse(u)}catch(u){throw new xt(`header is not UTF-8 JSON: ${u.message}`)}let o=dy(s),a=o.shape,l=a.reduce((u,d)=>u*d,1),c=e.length-r;if(c!==l*4)throw new xt(`shape [${a.join(", ")}] needs ${l*4} bytes of float32 values, the frame has ${c}`);return{header:o,values:ly(e,r,l),metricCount:a[0],nx:a[a.length-1],ny:o.dims===2?a[1]:1}}function ly(n,e,t){let i=n.byteOffset+e;if(zf&&i%4===0)return new Float32Array(n.buffer,i,t);if(zf)return new Float32Array(n.slice(e,e+t*4).buffer);let r=new DataView(n.buffer,i,t*4),s=new Float32Array(t);for(let o=0;o<t;o++)s[o]=r.getFloat32(o*4,!0);return s}function da(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}var Vf={NaN:NaN,Infinity:1/0,"-Infinity":-1/0};function Cu(n,e){if(typeof n=="number")return n;if(typeof n=="string"&&Object.prototype.hasOwnProperty.call(Vf,n))return Vf[n];throw new xt(`header.${e} is not a number: ${JSON.stringify(n)}`)}function ha(n,e){return n==null?null:Cu(n,e)}function Os(n,e){if(!Array.isArray(n))throw new xt(`header.${e} is not an array`);return Float64Array.from(n,(t,i)=>Cu(t,`${e}[${i}]`))}function ua(n,e){return n==null?null:Os(n,e)}function On(n,e,t){if(typeof n=="string")return n;if(n==null&&t!==void 0)return t;throw new xt(`header.${e} is not a string: ${JSON.stringify(n)}`)}function cy(n,e){if(typeof n=="number"&&Number.isInteger(n)&&n>=1)return n;throw new xt(`header.${e} is not a positive integer: ${JSON.stringify(n)}`)}function uy(n,e){if(!da(n))throw new xt(`header.axes[${e}] is not an object`);return{label:On(n.label,`axes[${e}].label`,""),unit:On(n.unit,`axes[${e}].unit`,""),coords:Os(n.coords,`axes[${e}].coords`),explained_variance:ha(n.explained_variance,`axes[${e}].explained_variance`)}}function hy(n){if(n==null)return null;if(!da(n))throw new xt("header.trajectory is not an object or null");let e=Os(n.steps,"trajectory.steps");return{steps:Array.from(e),x:Os(n.x,"trajectory.x"),y:ua(n.y,"trajectory.y"),plane_loss:ua(n.plane_loss,"trajectory.plane_loss"),true_loss:ua(n.true_loss,"trajectory.true_loss"),residual:ua(n.residual,"trajectory.residual")}}function dy(n){if(!da(n))throw new xt("header is not a JSON object");let e=n.dims;if(e!==1&&e!==2)throw new xt(`header.dims must be 1 or 2, got ${JSON.stringify(e)}`);if(!Array.isArray(n.shape)||n.shape.length!==e+1)throw new xt(`header.shape must have ${e+1} entries for a ${e}D landscape, got ${JSON.stringify(n.shape)}`);let t=n.shape.map((a,l)=>cy(a,`shape[${l}]`));if(!Array.isArray(n.metrics)||n.metrics.length!==t[0])throw new xt(`header.metrics must name the ${t[0]} metrics of shape[0], got ${JSON.stringify(n.metrics)}`);let i=n.metrics.map((a,l)=>On(a,`metrics[${l}]`));if(!Array.isArray(n.axes)||n.axes.length!==e)throw new xt(`header.axes must have ${e} entries for a ${e}D landscape`);let r=n.axes.map(uy);r.forEach((a,l)=>{let c=t[t.length-1-l];if(a.coords.length!==c)throw new xt(`header.axes[${l}].coords has ${a.coords.length} entries, shape says ${c}`)});let s=n.center===void 0||n.center===null?new Array(e).fill(0):Array.from(Os(n.center,"center"));if(s.length!==e)throw new xt(`header.center must have ${e} entries, got ${s.length}`);let o=Cu(n.step,"step");if(!Number.isInteger(o))throw new xt(`header.step is not an integer: ${o}`);return{run:On(n.run,"run"),tag:On(n.tag,"tag"),step:o,wall_time:ha(n.wall_time,"wall_time")??NaN,version:ha(n.version,"version")??1,dims:e,shape:t,metrics:i,axes:r,center:s,method:On(n.method,"method",""),normalization:On(n.normalization,"normalization",""),seed:ha(n.seed,"seed"),bn_mode:On(n.bn_mode,"bn_mode",""),data_description:On(n.data_description,"data_description",""),frame_id:On(n.frame_id,"frame_id",""),extra:da(n.extra)?n.extra:{},trajectory:hy(n.trajectory)}}var Us=class extends Error{constructor(t,i,r){super(`${t}: ${r.trim()||"request failed"}`);this.status=t;this.url=i;this.name="ApiError"}},fa=class{constructor(e=(i,r)=>fetch(i,r),t="./"){this.fetchFn=e;this.base=t}url(e,t={}){let i=new URLSearchParams;for(let[s,o]of Object.entries(t))i.set(s,String(o));let r=i.toString();return`${this.base}${e}${r?`?${r}`:""}`}async tags(e){return(await this.get(this.url("tags"),e)).json()}async steps(e,t,i){return(await this.get(this.url("steps",{run:e,tag:t}),i)).json()}async runs(e){return(await this.get(this.url("runs"),e)).json()}async sensitivity(e,t,i){return(await this.get(this.url("sensitivity",{run:e,tag:t}),i)).json()}async spectrum(e,t,i){return(await this.get(this.url("spectrum",{run:e,tag:t}),i)).json()}async landscape(e,t,i,r){let s={run:e,tag:t};i!==void 0&&(s.step=i);let a=await(await this.get(this.url("landscape",s),r)).arrayBuffer();return typeof performance<"u"&&typeof performance.mark=="function"&&performance.mark("tbl-frame-received"),Gf(a)}async get(e,t){let i=await this.fetchFn(e,t?{signal:t}:void 0);if(!i.ok)throw new Us(i.status,e,await i.text().catch(()=>""));return i}};function Tr(n,e,t){n.prototype=e.prototype=t,t.constructor=n}function zs(n,e){var t=Object.create(n.prototype);for(var i in e)t[i]=e[i];return t}function yi(){}var Zi=.7,Ar=1/Zi,Sr="\\s*([+-]?\\d+)\\s*",Bs="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*",Un="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*",fy=/^#([0-9a-f]{3,8})$/,py=new RegExp(`^rgb\\(${Sr},${Sr},${Sr}\\)$`),my=new RegExp(`^rgb\\(${Un},${Un},${Un}\\)$`),gy=new RegExp(`^rgba\\(${Sr},${Sr},${Sr},${Bs}\\)$`),by=new RegExp(`^rgba\\(${Un},${Un},${Un},${Bs}\\)$`),xy=new RegExp(`^hsl\\(${Bs},${Un},${Un}\\)$`),yy=new RegExp(`^hsla\\(${Bs},${Un},${Un},${Bs}\\)$`),Hf={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};Tr(yi,Er,{copy(n){return Object.assign(new this.constructor,this,n)},displayable(){return this.rgb().displayable()},hex:Wf,formatHex:Wf,formatHex8:vy,formatHsl:_y,formatRgb:$f,toString:$f});function Wf(){return this.rgb().formatHex()}function vy(){return this.rgb().formatHex8()}function _y(){return ep(this).formatHsl()}function $f(){return this.rgb().formatRgb()}function Er(n){var e,t;return n=(n+"").trim().toLowerCase(),(e=fy.exec(n))?(t=e[1].length,e=parseInt(e[1],16),t===6?Xf(e):t===3?new Lt(e>>8&15|e>>4&240,e>>4&15|e&240,(e&15)<<4|e&15,1):t===8?pa(e>>24&255,e>>16&255,e>>8&255,(e&255)/255):t===4?pa(e>>12&15|e>>8&240,e>>8&15|e>>4&240,e>>4&15|e&240,((e&15)<<4|e&15)/255):null):(e=py.exec(n))?new Lt(e[1],e[2],e[3],1):(e=my.exec(n))?new Lt(e[1]*255/100,e[2]*255/100,e[3]*255/100,1):(e=gy.exec(n))?pa(e[1],e[2],e[3],e[4]):(e=by.exec(n))?pa(e[1]*255/100,e[2]*255/100,e[3]*255/100,e[4]):(e=xy.exec(n))?Kf(e[1],e[2]/100,e[3]/100,1):(e=yy.exec(n))?Kf(e[1],e[2]/100,e[3]/100,e[4]):Hf.hasOwnProperty(n)?Xf(Hf[n]):n==="transparent"?new Lt(NaN,NaN,NaN,0):null}function Xf(n){return new Lt(n>>16&255,n>>8&255,n&255,1)}function pa(n,e,t,i){return i<=0&&(n=e=t=NaN),new Lt(n,e,t,i)}function Du(n){return n instanceof yi||(n=Er(n)),n?(n=n.rgb(),new Lt(n.r,n.g,n.b,n.opacity)):new Lt}function Ji(n,e,t,i){return arguments.length===1?Du(n):new Lt(n,e,t,i??1)}function Lt(n,e,t,i){this.r=+n,this.g=+e,this.b=+t,this.opacity=+i}Tr(Lt,Ji,zs(yi,{brighter(n){return n=n==null?Ar:Math.pow(Ar,n),new Lt(this.r*n,this.g*n,this.b*n,this.opacity)},darker(n){return n=n==null?Zi:Math.pow(Zi,n),new Lt(this.r*n,this.g*n,this.b*n,this.opacity)},rgb(){return this},clamp(){return new Lt(Yi(this.r),Yi(this.g),Yi(this.b),ga(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:qf,formatHex:qf,formatHex8:My,formatRgb:Yf,toString:Yf}));function qf(){return`#${qi(this.r)}${qi(this.g)}${qi(this.b)}`}function My(){return`#${qi(this.r)}${qi(this.g)}${qi(this.b)}${qi((isNaN(this.opacity)?1:this.opacity)*255)}`}function Yf(){let n=ga(this.opacity);return`${n===1?"rgb(":"rgba("}${Yi(this.r)}, ${Yi(this.g)}, ${Yi(this.b)}${n===1?")":`, ${n})`}`}function ga(n){return isNaN(n)?1:Math.max(0,Math.min(1,n))}function Yi(n){return Math.max(0,Math.min(255,Math.round(n)||0))}function qi(n){return n=Yi(n),(n<16?"0":"")+n.toString(16)}function Kf(n,e,t,i){return i<=0?n=e=t=NaN:t<=0||t>=1?n=e=NaN:e<=0&&(n=NaN),new An(n,e,t,i)}function ep(n){if(n instanceof An)return new An(n.h,n.s,n.l,n.opacity);if(n instanceof yi||(n=Er(n)),!n)return new An;if(n instanceof An)return n;n=n.rgb();var e=n.r/255,t=n.g/255,i=n.b/255,r=Math.min(e,t,i),s=Math.max(e,t,i),o=NaN,a=s-r,l=(s+r)/2;return a?(e===s?o=(t-i)/a+(t<i)*6:t===s?o=(i-e)/a+2:o=(e-t)/a+4,a/=l<.5?s+r:2-s-r,o*=60):a=l>0&&l<1?0:o,new An(o,a,l,n.opacity)}function xa(n,e,t,i){return arguments.length===1?ep(n):new An(n,e,t,i??1)}function An(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Tr(An,xa,zs(yi,{brighter(n){return n=n==null?Ar:Math.pow(Ar,n),new An(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Zi:Math.pow(Zi,n),new An(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=this.h%360+(this.h<0)*360,e=isNaN(n)||isNaN(this.s)?0:this.s,t=this.l,i=t+(t<.5?t:1-t)*e,r=2*t-i;return new Lt(Ru(n>=240?n-240:n+120,r,i),Ru(n,r,i),Ru(n<120?n+240:n-120,r,i),this.opacity)},clamp(){return new An(Zf(this.h),ma(this.s),ma(this.l),ga(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let n=ga(this.opacity);return`${n===1?"hsl(":"hsla("}${Zf(this.h)}, ${ma(this.s)*100}%, ${ma(this.l)*100}%${n===1?")":`, ${n})`}`}}));function Zf(n){return n=(n||0)%360,n<0?n+360:n}function ma(n){return Math.max(0,Math.min(1,n||0))}function Ru(n,e,t){return(n<60?e+(t-e)*n/60:n<180?t:n<240?e+(t-e)*(240-n)/60:e)*255}var tp=Math.PI/180,np=180/Math.PI,ba=18,ip=.96422,rp=1,sp=.82521,op=4/29,wr=6/29,ap=3*wr*wr,Sy=wr*wr*wr;function lp(n){if(n instanceof Bn)return new Bn(n.l,n.a,n.b,n.opacity);if(n instanceof Zn)return up(n);n instanceof Lt||(n=Du(n));var e=Nu(n.r),t=Nu(n.g),i=Nu(n.b),r=Pu((.2225045*e+.7168786*t+.0606169*i)/rp),s,o;return e===t&&t===i?s=o=r:(s=Pu((.4360747*e+.3850649*t+.1430804*i)/ip),o=Pu((.0139322*e+.0971045*t+.7141733*i)/sp)),new Bn(116*r-16,500*(s-r),200*(r-o),n.opacity)}function cp(n,e,t,i){return arguments.length===1?lp(n):new Bn(n,e,t,i??1)}function Bn(n,e,t,i){this.l=+n,this.a=+e,this.b=+t,this.opacity=+i}Tr(Bn,cp,zs(yi,{brighter(n){return new Bn(this.l+ba*(n??1),this.a,this.b,this.opacity)},darker(n){return new Bn(this.l-ba*(n??1),this.a,this.b,this.opacity)},rgb(){var n=(this.l+16)/116,e=isNaN(this.a)?n:n+this.a/500,t=isNaN(this.b)?n:n-this.b/200;return e=ip*Iu(e),n=rp*Iu(n),t=sp*Iu(t),new Lt(Lu(3.1338561*e-1.6168667*n-.4906146*t),Lu(-.9787684*e+1.9161415*n+.033454*t),Lu(.0719453*e-.2289914*n+1.4052427*t),this.opacity)}}));function Pu(n){return n>Sy?Math.pow(n,1/3):n/ap+op}function Iu(n){return n>wr?n*n*n:ap*(n-op)}function Lu(n){return 255*(n<=.0031308?12.92*n:1.055*Math.pow(n,1/2.4)-.055)}function Nu(n){return(n/=255)<=.04045?n/12.92:Math.pow((n+.055)/1.055,2.4)}function wy(n){if(n instanceof Zn)return new Zn(n.h,n.c,n.l,n.opacity);if(n instanceof Bn||(n=lp(n)),n.a===0&&n.b===0)return new Zn(NaN,0<n.l&&n.l<100?0:NaN,n.l,n.opacity);var e=Math.atan2(n.b,n.a)*np;return new Zn(e<0?e+360:e,Math.sqrt(n.a*n.a+n.b*n.b),n.l,n.opacity)}function ya(n,e,t,i){return arguments.length===1?wy(n):new Zn(n,e,t,i??1)}function Zn(n,e,t,i){this.h=+n,this.c=+e,this.l=+t,this.opacity=+i}function up(n){if(isNaN(n.h))return new Bn(n.l,0,0,n.opacity);var e=n.h*tp;return new Bn(n.l,Math.cos(e)*n.c,Math.sin(e)*n.c,n.opacity)}Tr(Zn,ya,zs(yi,{brighter(n){return new Zn(this.h,this.c,this.l+ba*(n??1),this.opacity)},darker(n){return new Zn(this.h,this.c,this.l-ba*(n??1),this.opacity)},rgb(){return up(this).rgb()}}));var hp=-.14861,Fu=1.78277,Ou=-.29227,va=-.90649,ks=1.97294,Jf=ks*va,jf=ks*Fu,Qf=Fu*Ou-va*hp;function Ay(n){if(n instanceof Ki)return new Ki(n.h,n.s,n.l,n.opacity);n instanceof Lt||(n=Du(n));var e=n.r/255,t=n.g/255,i=n.b/255,r=(Qf*i+Jf*e-jf*t)/(Qf+Jf-jf),s=i-r,o=(ks*(t-r)-Ou*s)/va,a=Math.sqrt(o*o+s*s)/(ks*r*(1-r)),l=a?Math.atan2(o,s)*np-120:NaN;return new Ki(l<0?l+360:l,a,r,n.opacity)}function mn(n,e,t,i){return arguments.length===1?Ay(n):new Ki(n,e,t,i??1)}function Ki(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}Tr(Ki,mn,zs(yi,{brighter(n){return n=n==null?Ar:Math.pow(Ar,n),new Ki(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Zi:Math.pow(Zi,n),new Ki(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=isNaN(this.h)?0:(this.h+120)*tp,e=+this.l,t=isNaN(this.s)?0:this.s*e*(1-e),i=Math.cos(n),r=Math.sin(n);return new Lt(255*(e+t*(hp*i+Fu*r)),255*(e+t*(Ou*i+va*r)),255*(e+t*(ks*i)),this.opacity)}}));function mp(n,e,t,i,r){var s=n*n,o=s*n;return((1-3*n+3*s-o)*e+(4-6*s+3*o)*t+(1+3*n+3*s-3*o)*i+o*r)/6}function Ty(n){var e=n.length-1;return function(t){var i=t<=0?t=0:t>=1?(t=1,e-1):Math.floor(t*e),r=n[i],s=n[i+1],o=i>0?n[i-1]:2*r-s,a=i<e-1?n[i+2]:2*s-r;return mp((t-i/e)*e,o,r,s,a)}}function Ey(n){var e=n.length;return function(t){var i=Math.floor(((t%=1)<0?++t:t)*e),r=n[(i+e-1)%e],s=n[i%e],o=n[(i+1)%e],a=n[(i+2)%e];return mp((t-i/e)*e,r,s,o,a)}}var Ma=n=>()=>n;function gp(n,e){return function(t){return n+t*e}}function Cy(n,e,t){return n=Math.pow(n,t),e=Math.pow(e,t)-n,t=1/t,function(i){return Math.pow(n+i*e,t)}}function zu(n,e){var t=e-n;return t?gp(n,t>180||t<-180?t-360*Math.round(t/360):t):Ma(isNaN(n)?e:n)}function Ry(n){return(n=+n)==1?tn:function(e,t){return t-e?Cy(e,t,n):Ma(isNaN(e)?t:e)}}function tn(n,e){var t=e-n;return t?gp(n,t):Ma(isNaN(n)?e:n)}var dp=(function n(e){var t=Ry(e);function i(r,s){var o=t((r=Ji(r)).r,(s=Ji(s)).r),a=t(r.g,s.g),l=t(r.b,s.b),c=tn(r.opacity,s.opacity);return function(u){return r.r=o(u),r.g=a(u),r.b=l(u),r.opacity=c(u),r+""}}return i.gamma=n,i})(1);function bp(n){return function(e){var t=e.length,i=new Array(t),r=new Array(t),s=new Array(t),o,a;for(o=0;o<t;++o)a=Ji(e[o]),i[o]=a.r||0,r[o]=a.g||0,s[o]=a.b||0;return i=n(i),r=n(r),s=n(s),a.opacity=1,function(l){return a.r=i(l),a.g=r(l),a.b=s(l),a+""}}}var xp=bp(Ty),d2=bp(Ey);function Py(n,e){e||(e=[]);var t=n?Math.min(e.length,n.length):0,i=e.slice(),r;return function(s){for(r=0;r<t;++r)i[r]=n[r]*(1-s)+e[r]*s;return i}}function Iy(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function Ly(n,e){var t=e?e.length:0,i=n?Math.min(t,n.length):0,r=new Array(i),s=new Array(t),o;for(o=0;o<i;++o)r[o]=Sa(n[o],e[o]);for(;o<t;++o)s[o]=e[o];return function(a){for(o=0;o<i;++o)s[o]=r[o](a);return s}}function Ny(n,e){var t=new Date;return n=+n,e=+e,function(i){return t.setTime(n*(1-i)+e*i),t}}function Tn(n,e){return n=+n,e=+e,function(t){return n*(1-t)+e*t}}function Dy(n,e){var t={},i={},r;(n===null||typeof n!="object")&&(n={}),(e===null||typeof e!="object")&&(e={});for(r in e)r in n?t[r]=Sa(n[r],e[r]):i[r]=e[r];return function(s){for(r in t)i[r]=t[r](s);return i}}var Bu=/[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g,Uu=new RegExp(Bu.source,"g");function Fy(n){return function(){return n}}function Oy(n){return function(e){return n(e)+""}}function Uy(n,e){var t=Bu.lastIndex=Uu.lastIndex=0,i,r,s,o=-1,a=[],l=[];for(n=n+"",e=e+"";(i=Bu.exec(n))&&(r=Uu.exec(e));)(s=r.index)>t&&(s=e.slice(t,s),a[o]?a[o]+=s:a[++o]=s),(i=i[0])===(r=r[0])?a[o]?a[o]+=r:a[++o]=r:(a[++o]=null,l.push({i:o,x:Tn(i,r)})),t=Uu.lastIndex;return t<e.length&&(s=e.slice(t),a[o]?a[o]+=s:a[++o]=s),a.length<2?l[0]?Oy(l[0].x):Fy(e):(e=l.length,function(c){for(var u=0,d;u<e;++u)a[(d=l[u]).i]=d.x(c);return a.join("")})}function Sa(n,e){var t=typeof e,i;return e==null||t==="boolean"?Ma(e):(t==="number"?Tn:t==="string"?(i=Er(e))?(e=i,dp):Uy:e instanceof Er?dp:e instanceof Date?Ny:Iy(e)?Py:Array.isArray(e)?Ly:typeof e.valueOf!="function"&&typeof e.toString!="function"||isNaN(e)?Dy:Tn)(n,e)}function yp(n,e){return n=+n,e=+e,function(t){return Math.round(n*(1-t)+e*t)}}var fp=180/Math.PI,ku={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function vp(n,e,t,i,r,s){var o,a,l;return(o=Math.sqrt(n*n+e*e))&&(n/=o,e/=o),(l=n*t+e*i)&&(t-=n*l,i-=e*l),(a=Math.sqrt(t*t+i*i))&&(t/=a,i/=a,l/=a),n*i<e*t&&(n=-n,e=-e,l=-l,o=-o),{translateX:r,translateY:s,rotate:Math.atan2(e,n)*fp,skewX:Math.atan(l)*fp,scaleX:o,scaleY:a}}var _a;function By(n){let e=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(n+"");return e.isIdentity?ku:vp(e.a,e.b,e.c,e.d,e.e,e.f)}function ky(n){return n==null||(_a||(_a=document.createElementNS("http://www.w3.org/2000/svg","g")),_a.setAttribute("transform",n),!(n=_a.transform.baseVal.consolidate()))?ku:(n=n.matrix,vp(n.a,n.b,n.c,n.d,n.e,n.f))}function _p(n,e,t,i){function r(c){return c.length?c.pop()+" ":""}function s(c,u,d,h,f,p){if(c!==d||u!==h){var x=f.push("translate(",null,e,null,t);p.push({i:x-4,x:Tn(c,d)},{i:x-2,x:Tn(u,h)})}else(d||h)&&f.push("translate("+d+e+h+t)}function o(c,u,d,h){c!==u?(c-u>180?u+=360:u-c>180&&(c+=360),h.push({i:d.push(r(d)+"rotate(",null,i)-2,x:Tn(c,u)})):u&&d.push(r(d)+"rotate("+u+i)}function a(c,u,d,h){c!==u?h.push({i:d.push(r(d)+"skewX(",null,i)-2,x:Tn(c,u)}):u&&d.push(r(d)+"skewX("+u+i)}function l(c,u,d,h,f,p){if(c!==d||u!==h){var x=f.push(r(f)+"scale(",null,",",null,")");p.push({i:x-4,x:Tn(c,d)},{i:x-2,x:Tn(u,h)})}else(d!==1||h!==1)&&f.push(r(f)+"scale("+d+","+h+")")}return function(c,u){var d=[],h=[];return c=n(c),u=n(u),s(c.translateX,c.translateY,u.translateX,u.translateY,d,h),o(c.rotate,u.rotate,d,h),a(c.skewX,u.skewX,d,h),l(c.scaleX,c.scaleY,u.scaleX,u.scaleY,d,h),c=u=null,function(f){for(var p=-1,x=h.length,g;++p<x;)d[(g=h[p]).i]=g.x(f);return d.join("")}}}var f2=_p(By,"px, ","px)","deg)"),p2=_p(ky,", ",")",")"),zy=1e-12;function pp(n){return((n=Math.exp(n))+1/n)/2}function Vy(n){return((n=Math.exp(n))-1/n)/2}function Gy(n){return((n=Math.exp(2*n))-1)/(n+1)}var m2=(function n(e,t,i){function r(s,o){var a=s[0],l=s[1],c=s[2],u=o[0],d=o[1],h=o[2],f=u-a,p=d-l,x=f*f+p*p,g,m;if(x<zy)m=Math.log(h/c)/e,g=function(b){return[a+b*f,l+b*p,c*Math.exp(e*b*m)]};else{var y=Math.sqrt(x),T=(h*h-c*c+i*x)/(2*c*t*y),v=(h*h-c*c-i*x)/(2*h*t*y),A=Math.log(Math.sqrt(T*T+1)-T),w=Math.log(Math.sqrt(v*v+1)-v);m=(w-A)/e,g=function(b){var S=b*m,D=pp(A),C=c/(t*y)*(D*Gy(e*S+A)-Vy(A));return[a+C*f,l+C*p,c*D/pp(e*S+A)]}}return g.duration=Math.abs(m)*1e3*e/Math.SQRT2,g}return r.rho=function(s){var o=Math.max(.001,+s),a=o*o,l=a*a;return n(o,a,l)},r})(Math.SQRT2,2,4);function Mp(n){return function(e,t){var i=n((e=xa(e)).h,(t=xa(t)).h),r=tn(e.s,t.s),s=tn(e.l,t.l),o=tn(e.opacity,t.opacity);return function(a){return e.h=i(a),e.s=r(a),e.l=s(a),e.opacity=o(a),e+""}}}var g2=Mp(zu),b2=Mp(tn);function Sp(n){return function(e,t){var i=n((e=ya(e)).h,(t=ya(t)).h),r=tn(e.c,t.c),s=tn(e.l,t.l),o=tn(e.opacity,t.opacity);return function(a){return e.h=i(a),e.c=r(a),e.l=s(a),e.opacity=o(a),e+""}}}var x2=Sp(zu),y2=Sp(tn);function wp(n){return(function e(t){t=+t;function i(r,s){var o=n((r=mn(r)).h,(s=mn(s)).h),a=tn(r.s,s.s),l=tn(r.l,s.l),c=tn(r.opacity,s.opacity);return function(u){return r.h=o(u),r.s=a(u),r.l=l(Math.pow(u,t)),r.opacity=c(u),r+""}}return i.gamma=e,i})(1)}var v2=wp(zu),wa=wp(tn);function $e(n){for(var e=n.length/6|0,t=new Array(e),i=0;i<e;)t[i]="#"+n.slice(i*6,++i*6);return t}var w2=$e("1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf"),A2=$e("7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666"),T2=$e("1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"),E2=$e("4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0"),C2=$e("a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"),R2=$e("fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2"),P2=$e("b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc"),I2=$e("e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"),L2=$e("66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"),N2=$e("8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f"),Ap=$e("4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab"),ut=n=>xp(n[n.length-1]),Hy=new Array(3).concat("d8b365f5f5f55ab4ac","a6611adfc27d80cdc1018571","a6611adfc27df5f5f580cdc1018571","8c510ad8b365f6e8c3c7eae55ab4ac01665e","8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e","8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e","8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e","5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30","5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30").map($e),D2=ut(Hy),Wy=new Array(3).concat("af8dc3f7f7f77fbf7b","7b3294c2a5cfa6dba0008837","7b3294c2a5cff7f7f7a6dba0008837","762a83af8dc3e7d4e8d9f0d37fbf7b1b7837","762a83af8dc3e7d4e8f7f7f7d9f0d37fbf7b1b7837","762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b7837","762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b7837","40004b762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b783700441b","40004b762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b783700441b").map($e),F2=ut(Wy),$y=new Array(3).concat("e9a3c9f7f7f7a1d76a","d01c8bf1b6dab8e1864dac26","d01c8bf1b6daf7f7f7b8e1864dac26","c51b7de9a3c9fde0efe6f5d0a1d76a4d9221","c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221","c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221","c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221","8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419","8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419").map($e),O2=ut($y),Xy=new Array(3).concat("998ec3f7f7f7f1a340","5e3c99b2abd2fdb863e66101","5e3c99b2abd2f7f7f7fdb863e66101","542788998ec3d8daebfee0b6f1a340b35806","542788998ec3d8daebf7f7f7fee0b6f1a340b35806","5427888073acb2abd2d8daebfee0b6fdb863e08214b35806","5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806","2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08","2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08").map($e),U2=ut(Xy),qy=new Array(3).concat("ef8a62f7f7f767a9cf","ca0020f4a58292c5de0571b0","ca0020f4a582f7f7f792c5de0571b0","b2182bef8a62fddbc7d1e5f067a9cf2166ac","b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac","b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac","b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac","67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061","67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061").map($e),Tp=ut(qy),Yy=new Array(3).concat("ef8a62ffffff999999","ca0020f4a582bababa404040","ca0020f4a582ffffffbababa404040","b2182bef8a62fddbc7e0e0e09999994d4d4d","b2182bef8a62fddbc7ffffffe0e0e09999994d4d4d","b2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d","b2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d","67001fb2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d1a1a1a","67001fb2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d1a1a1a").map($e),B2=ut(Yy),Ky=new Array(3).concat("fc8d59ffffbf91bfdb","d7191cfdae61abd9e92c7bb6","d7191cfdae61ffffbfabd9e92c7bb6","d73027fc8d59fee090e0f3f891bfdb4575b4","d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4","d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4","d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4","a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695","a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695").map($e),k2=ut(Ky),Zy=new Array(3).concat("fc8d59ffffbf91cf60","d7191cfdae61a6d96a1a9641","d7191cfdae61ffffbfa6d96a1a9641","d73027fc8d59fee08bd9ef8b91cf601a9850","d73027fc8d59fee08bffffbfd9ef8b91cf601a9850","d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850","d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850","a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837","a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837").map($e),z2=ut(Zy),Jy=new Array(3).concat("fc8d59ffffbf99d594","d7191cfdae61abdda42b83ba","d7191cfdae61ffffbfabdda42b83ba","d53e4ffc8d59fee08be6f59899d5943288bd","d53e4ffc8d59fee08bffffbfe6f59899d5943288bd","d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd","d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd","9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2","9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2").map($e),V2=ut(Jy),jy=new Array(3).concat("e5f5f999d8c92ca25f","edf8fbb2e2e266c2a4238b45","edf8fbb2e2e266c2a42ca25f006d2c","edf8fbccece699d8c966c2a42ca25f006d2c","edf8fbccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45006d2c00441b").map($e),G2=ut(jy),Qy=new Array(3).concat("e0ecf49ebcda8856a7","edf8fbb3cde38c96c688419d","edf8fbb3cde38c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d810f7c4d004b").map($e),H2=ut(Qy),ev=new Array(3).concat("e0f3dba8ddb543a2ca","f0f9e8bae4bc7bccc42b8cbe","f0f9e8bae4bc7bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081").map($e),W2=ut(ev),tv=new Array(3).concat("fee8c8fdbb84e34a33","fef0d9fdcc8afc8d59d7301f","fef0d9fdcc8afc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000").map($e),$2=ut(tv),nv=new Array(3).concat("ece2f0a6bddb1c9099","f6eff7bdc9e167a9cf02818a","f6eff7bdc9e167a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636").map($e),X2=ut(nv),iv=new Array(3).concat("ece7f2a6bddb2b8cbe","f1eef6bdc9e174a9cf0570b0","f1eef6bdc9e174a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858").map($e),q2=ut(iv),rv=new Array(3).concat("e7e1efc994c7dd1c77","f1eef6d7b5d8df65b0ce1256","f1eef6d7b5d8df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125698004367001f").map($e),Y2=ut(rv),sv=new Array(3).concat("fde0ddfa9fb5c51b8a","feebe2fbb4b9f768a1ae017e","feebe2fbb4b9f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a017749006a").map($e),K2=ut(sv),ov=new Array(3).concat("edf8b17fcdbb2c7fb8","ffffcca1dab441b6c4225ea8","ffffcca1dab441b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58").map($e),Z2=ut(ov),av=new Array(3).concat("f7fcb9addd8e31a354","ffffccc2e69978c679238443","ffffccc2e69978c67931a354006837","ffffccd9f0a3addd8e78c67931a354006837","ffffccd9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443006837004529").map($e),J2=ut(av),lv=new Array(3).concat("fff7bcfec44fd95f0e","ffffd4fed98efe9929cc4c02","ffffd4fed98efe9929d95f0e993404","ffffd4fee391fec44ffe9929d95f0e993404","ffffd4fee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c02993404662506").map($e),j2=ut(lv),cv=new Array(3).concat("ffeda0feb24cf03b20","ffffb2fecc5cfd8d3ce31a1c","ffffb2fecc5cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026").map($e),Ep=ut(cv),uv=new Array(3).concat("deebf79ecae13182bd","eff3ffbdd7e76baed62171b5","eff3ffbdd7e76baed63182bd08519c","eff3ffc6dbef9ecae16baed63182bd08519c","eff3ffc6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b").map($e),Q2=ut(uv),hv=new Array(3).concat("e5f5e0a1d99b31a354","edf8e9bae4b374c476238b45","edf8e9bae4b374c47631a354006d2c","edf8e9c7e9c0a1d99b74c47631a354006d2c","edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b").map($e),eC=ut(hv),dv=new Array(3).concat("f0f0f0bdbdbd636363","f7f7f7cccccc969696525252","f7f7f7cccccc969696636363252525","f7f7f7d9d9d9bdbdbd969696636363252525","f7f7f7d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000").map($e),tC=ut(dv),fv=new Array(3).concat("efedf5bcbddc756bb1","f2f0f7cbc9e29e9ac86a51a3","f2f0f7cbc9e29e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d").map($e),nC=ut(fv),pv=new Array(3).concat("fee0d2fc9272de2d26","fee5d9fcae91fb6a4acb181d","fee5d9fcae91fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d").map($e),iC=ut(pv),mv=new Array(3).concat("fee6cefdae6be6550d","feeddefdbe85fd8d3cd94701","feeddefdbe85fd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704").map($e),rC=ut(mv);var sC=wa(mn(300,.5,0),mn(-240,.5,1)),oC=wa(mn(-100,.75,.35),mn(80,1.5,.8)),aC=wa(mn(260,.75,.35),mn(80,1.5,.8)),lC=mn();var cC=Ji(),uC=Math.PI/3,hC=Math.PI*2/3;function Aa(n){var e=n.length;return function(t){return n[Math.max(0,Math.min(e-1,Math.floor(t*e)))]}}var Cp=Aa($e("44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725")),dC=Aa($e("00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e0907200a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c10441d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f116331116533106734106936106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c816a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e24828025828125818326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367ab73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070d0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695cf56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf")),fC=Aa($e("00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a07220b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b09643d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711ff1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0af98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0ffcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4")),pC=Aa($e("0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f059631059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a14c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a76600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a87e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a29511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586ada5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5de66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4ff0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921"));var ji=[150,150,150],Qi=[230,0,230],er=[0,200,255];function yt(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function Ta(n){let e=/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(n);if(e)return[+e[1],+e[2],+e[3]];let t=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(n);if(t)return[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)];throw new Error(`unrecognised colour ${JSON.stringify(n)}`)}function Ea(n){return Tp(1-n)}function gv(n){return n==="diverging"?Ea:Cp}function bv(n,e,t="linear"){let[i,r]=e;if(t==="log"){let s=Math.log10(i);return Math.pow(10,s+n*(Math.log10(r)-s))}return i+n*(r-i)}var gn=class{constructor(e,t={}){this.scale=t.scale??"linear",this.palette=t.palette??"sequential",this.size=t.size??256,this.interpolate=t.interpolate??gv(this.palette);let[i,r]=e;this.scale==="log"&&!(i>0)&&(i=r>0?r*1e-6:1e-6,r>i||(r=i*10)),this.domain=[i,r],this.l0=i>0?Math.log10(i):0,this.lspan=i>0&&r>i?Math.log10(r)-this.l0:0,this.lut=new Uint8Array(this.size*3);for(let s=0;s<this.size;s++)this.lut.set(Ta(this.interpolate(s/(this.size-1))),s*3)}position(e){if(!Number.isFinite(e))return NaN;let[t,i]=this.domain;if(!(i>t))return .5;let r;if(this.scale==="log"){if(e<=0)return 0;r=(Math.log10(e)-this.l0)/this.lspan}else r=(e-t)/(i-t);return r<0?0:r>1?1:r}valueAt(e){return bv(e,this.domain,this.scale)}color(e){if(e!==e)return ji;if(e===1/0)return Qi;if(e===-1/0)return er;let t=this.lutOffset(e);return[this.lut[t],this.lut[t+1],this.lut[t+2]]}colorAt(e){let t=e<0?0:e>1?1:e,i=Math.round(t*(this.size-1))*3;return[this.lut[i],this.lut[i+1],this.lut[i+2]]}lutOffset(e){return Math.round(this.position(e)*(this.size-1))*3}};function Rp(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);let s=r&&r.rgba.length===e*t*4&&r.mask.length===e*t*4,o=s?r.rgba:new Uint8ClampedArray(e*t*4),a=s?r.mask:new Uint8ClampedArray(e*t*4),l=i.lut,c=0;for(let u=0;u<t;u++){let d=t-1-u;for(let h=0;h<e;h++){let f=n[u*e+h],p=(d*e+h)*4;if(Number.isFinite(f)){let x=i.lutOffset(f);o[p]=l[x],o[p+1]=l[x+1],o[p+2]=l[x+2],a[p+3]=0}else{let x=i.color(f);o[p]=x[0],o[p+1]=x[1],o[p+2]=x[2],a[p+3]=255,c++}o[p+3]=255}}return{rgba:o,mask:a,nonFinite:c}}function Cr(n){let e=1/0,t=-1/0;for(let i=0;i<n.length;i++){let r=n[i];Number.isFinite(r)&&(r<e&&(e=r),r>t&&(t=r))}return e<=t?[e,t]:null}function Rr(n){let e={nan:0,posInf:0,negInf:0};for(let t=0;t<n.length;t++){let i=n[t];i!==i?e.nan++:i===1/0?e.posInf++:i===-1/0&&e.negInf++}return e}function Pp(n){let e=[],t=-1;for(let i=0;i<=n.length;i++){let r=i<n.length&&Number.isFinite(n[i]);r&&t<0&&(t=i),!r&&t>=0&&(e.push([t,i]),t=-1)}return e}function vi(n,e){let[t,i]=e,r=0,s=0;for(let o=0;o<n.length;o++){let a=n[o];a<t?a!==-1/0&&r++:a>i&&a!==1/0&&s++}return{below:r,above:s}}function Jn(n,e=""){let t=n.label,i=n.explained_variance;return typeof i=="number"&&Number.isFinite(i)&&!/\d\s*%/.test(t)&&(t+=`${t?" ":""}(${(i*100).toFixed(1)}% of variance)`),n.unit&&(t+=t?` [${n.unit}]`:n.unit),e&&(t+=t?` · ${e}`:e),t}function Ip(n,e,t="colour range"){return`${n} point${n===1?"":"s"} ${e} the ${t}`}function Ye(n){if(n!==n)return"NaN";if(n===1/0)return"+inf";if(n===-1/0)return"-inf";if(n===0)return"0";let e=Math.abs(n);return e>=1e5||e<.001?n.toExponential(3):String(Number(n.toPrecision(4)))}var Lp=6.4;function Vu(n){return Math.ceil(n.length*Lp)}function Np(n,e){let t=Math.max(4,Math.floor(e/Lp));return n.length<=t?n:`${n.slice(0,t-1).trimEnd()}…`}function Dp(n,e,t,i,r,s=1/0){let o=Math.max(1,Math.floor(n)),a=Math.max(120,Math.round(e)),l=Math.floor((s-t.top-t.bottom-(o-1)*r)/o),c=Math.max(80,Math.min(l,Math.round(a*i*(o>1?.6:1)))),u=[];for(let d=0;d<o;d++)u.push({left:t.left,top:t.top+d*(c+r),width:a,height:c});return{plots:u,width:t.left+a+t.right,height:t.top+o*c+(o-1)*r+t.bottom}}function Fp(n,e,t,i=4){if(n.length===0)return-1;let r=n[0],s=n[n.length-1];if(e<r.left-i||e>r.left+r.width+i||t<r.top-i||t>s.top+s.height+i)return-1;let o=0,a=1/0;return n.forEach((l,c)=>{let u=t<l.top?l.top-t:t>l.top+l.height?t-(l.top+l.height):0;u<a&&(a=u,o=c)}),o}var Op=["linear","aligned","curve"];function Up(n){let e=n.lastIndexOf("/");return e>0?n.slice(0,e):null}function Vs(n){return n.slice(n.lastIndexOf("/")+1)}function Ca(n,e){let t=n===null?null:Up(n);if(t===null)return[];let i=e.filter(s=>Up(s)===t);if(i.length<2||!i.includes(n))return[];let r=s=>{let o=Op.indexOf(Vs(s));return o<0?Op.length:o};return i.sort((s,o)=>r(s)-r(o)||(s<o?-1:s>o?1:0))}function Ra(n,e){let t=Math.min(n.length,e.length);if(t<2)return null;let i=n[0],r=n[t-1],s=e[0],o=e[t-1];if(![i,r,s,o].every(Number.isFinite)||r===i)return null;let a=-1/0,l=0;for(let c=0;c<t;c++){let u=e[c];if(!Number.isFinite(u))continue;let d=(n[c]-i)/(r-i),h=u-((1-d)*s+d*o);h>a&&(a=h,l=c)}return{height:a,t:n[l],value:e[l],start:[i,s],end:[r,o]}}function xv(n){if(!Number.isFinite(n))return String(n);if(n===0)return"0";let e=Math.abs(n);return e>=.001&&e<1e5?String(Number(n.toPrecision(3))):n.toExponential(2)}function Bp(n){return`barrier ${xv(n.height)} at t=${n.t.toFixed(2)}`}function kp(n,e,t=1e-6){if(n.length!==e.length||n.length===0)return!1;for(let i=0;i<n.length;i++){let r=n[i],s=e[i];if(Number.isFinite(r)&&Number.isFinite(s)){if(Math.abs(r-s)>t*Math.max(1,Math.abs(r),Math.abs(s)))return!1}else if(!Object.is(r,s)&&!(r!==r&&s!==s))return!1}return!0}function Gs(n,e){return n==null||e==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function yv(n,e){return n==null||e==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function zp(n){let e,t,i;n.length!==2?(e=Gs,t=(a,l)=>Gs(n(a),l),i=(a,l)=>n(a)-l):(e=n===Gs||n===yv?n:vv,t=n,i=n);function r(a,l,c=0,u=a.length){if(c<u){if(e(l,l)!==0)return u;do{let d=c+u>>>1;t(a[d],l)<0?c=d+1:u=d}while(c<u)}return c}function s(a,l,c=0,u=a.length){if(c<u){if(e(l,l)!==0)return u;do{let d=c+u>>>1;t(a[d],l)<=0?c=d+1:u=d}while(c<u)}return c}function o(a,l,c=0,u=a.length){let d=r(a,l,c,u-1);return d>c&&i(a[d-1],l)>-i(a[d],l)?d-1:d}return{left:r,center:o,right:s}}function vv(){return 0}function _v(n){return n===null?NaN:+n}var Vp=zp(Gs),Gp=Vp.right,MC=Vp.left,SC=zp(_v).center;var Mv=Hp(Wp),wC=Hp(Sv);function Hp(n){return function(e,t,i=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((i=+i)>=0))throw new RangeError("invalid ry");let{data:r,width:s,height:o}=e;if(!((s=Math.floor(s))>=0))throw new RangeError("invalid width");if(!((o=Math.floor(o!==void 0?o:r.length/s))>=0))throw new RangeError("invalid height");if(!s||!o||!t&&!i)return e;let a=t&&n(t),l=i&&n(i),c=r.slice();return a&&l?(Pr(a,c,r,s,o),Pr(a,r,c,s,o),Pr(a,c,r,s,o),Ir(l,r,c,s,o),Ir(l,c,r,s,o),Ir(l,r,c,s,o)):a?(Pr(a,r,c,s,o),Pr(a,c,r,s,o),Pr(a,r,c,s,o)):l&&(Ir(l,r,c,s,o),Ir(l,c,r,s,o),Ir(l,r,c,s,o)),e}}function Pr(n,e,t,i,r){for(let s=0,o=i*r;s<o;)n(e,t,s,s+=i,1)}function Ir(n,e,t,i,r){for(let s=0,o=i*r;s<i;++s)n(e,t,s,s+o,i)}function Sv(n){let e=Wp(n);return(t,i,r,s,o)=>{r<<=2,s<<=2,o<<=2,e(t,i,r+0,s+0,o),e(t,i,r+1,s+1,o),e(t,i,r+2,s+2,o),e(t,i,r+3,s+3,o)}}function Wp(n){let e=Math.floor(n);if(e===n)return wv(n);let t=n-e,i=2*n+1;return(r,s,o,a,l)=>{if(!((a-=l)>=o))return;let c=e*s[o],u=l*e,d=u+l;for(let h=o,f=o+u;h<f;h+=l)c+=s[Math.min(a,h)];for(let h=o,f=a;h<=f;h+=l)c+=s[Math.min(a,h+u)],r[h]=(c+t*(s[Math.max(o,h-d)]+s[Math.min(a,h+d)]))/i,c-=s[Math.max(o,h-u)]}}function wv(n){let e=2*n+1;return(t,i,r,s,o)=>{if(!((s-=o)>=r))return;let a=n*i[r],l=o*n;for(let c=r,u=r+l;c<u;c+=o)a+=i[Math.min(s,c)];for(let c=r,u=s;c<=u;c+=o)a+=i[Math.min(s,c+l)],t[c]=a/e,a-=i[Math.max(r,c-l)]}}function Av(n,e){let t=0;if(e===void 0)for(let i of n)i!=null&&(i=+i)>=i&&++t;else{let i=-1;for(let r of n)(r=e(r,++i,n))!=null&&(r=+r)>=r&&++t}return t}function $p(n,e){let t,i;if(e===void 0)for(let r of n)r!=null&&(t===void 0?r>=r&&(t=i=r):(t>r&&(t=r),i<r&&(i=r)));else{let r=-1;for(let s of n)(s=e(s,++r,n))!=null&&(t===void 0?s>=s&&(t=i=s):(t>s&&(t=s),i<s&&(i=s)))}return[t,i]}var Tv=Array.prototype,AC=Tv.slice;var Ev=Math.sqrt(50),Cv=Math.sqrt(10),Rv=Math.sqrt(2);function Pa(n,e,t){let i=(e-n)/Math.max(0,t),r=Math.floor(Math.log10(i)),s=i/Math.pow(10,r),o=s>=Ev?10:s>=Cv?5:s>=Rv?2:1,a,l,c;return r<0?(c=Math.pow(10,-r)/o,a=Math.round(n*c),l=Math.round(e*c),a/c<n&&++a,l/c>e&&--l,c=-c):(c=Math.pow(10,r)*o,a=Math.round(n/c),l=Math.round(e/c),a*c<n&&++a,l*c>e&&--l),l<a&&.5<=t&&t<2?Pa(n,e,t*2):[a,l,c]}function Ia(n,e,t){if(e=+e,n=+n,t=+t,!(t>0))return[];if(n===e)return[n];let i=e<n,[r,s,o]=i?Pa(e,n,t):Pa(n,e,t);if(!(s>=r))return[];let a=s-r+1,l=new Array(a);if(i)if(o<0)for(let c=0;c<a;++c)l[c]=(s-c)/-o;else for(let c=0;c<a;++c)l[c]=(s-c)*o;else if(o<0)for(let c=0;c<a;++c)l[c]=(r+c)/-o;else for(let c=0;c<a;++c)l[c]=(r+c)*o;return l}function Hs(n,e,t){return e=+e,n=+n,t=+t,Pa(n,e,t)[2]}function Xp(n,e,t){e=+e,n=+n,t=+t;let i=e<n,r=i?Hs(e,n,t):Hs(n,e,t);return(i?-1:1)*(r<0?1/-r:r)}function qp(n,e,t){let i;for(;;){let r=Hs(n,e,t);if(r===i||r===0||!isFinite(r))return[n,e];if(r>0){let s=Math.ceil(n/r),o=Math.floor(e/r);n=(s-(s*r>n))*r,e=(o+(o*r<e))*r}else if(r<0){let s=-r,o=Math.ceil(n*s),a=Math.floor(e*s);n=(o-(o/s>n))/s,e=(a+(a/s<e))/s}i=r}}function Yp(n){return Math.max(1,Math.ceil(Math.log(Av(n))/Math.LN2)+1)}var TC=Pv(Math.random);function Pv(n){return function(t,i=0,r=t.length){let s=r-(i=+i);for(;s;){let o=n()*s--|0,a=t[s+i];t[s+i]=t[o+i],t[o+i]=a}return t}}function Iv(n){return Math.abs(n=Math.round(n))>=1e21?n.toLocaleString("en").replace(/,/g,""):n.toString(10)}function Na(n,e){if(!isFinite(n)||n===0)return null;var t=(n=e?n.toExponential(e-1):n.toExponential()).indexOf("e"),i=n.slice(0,t);return[i.length>1?i[0]+i.slice(2):i,+n.slice(t+1)]}function Lr(n){return n=Na(Math.abs(n)),n?n[1]:NaN}function Lv(n,e){return function(t,i){for(var r=t.length,s=[],o=0,a=n[0],l=0;r>0&&a>0&&(l+a+1>i&&(a=Math.max(1,i-l)),s.push(t.substring(r-=a,r+a)),!((l+=a+1)>i));)a=n[o=(o+1)%n.length];return s.reverse().join(e)}}function Nv(n){return function(e){return e.replace(/[0-9]/g,function(t){return n[+t]})}}var Dv=/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;function Ws(n){if(!(e=Dv.exec(n)))throw new Error("invalid format: "+n);var e;return new Gu({fill:e[1],align:e[2],sign:e[3],symbol:e[4],zero:e[5],width:e[6],comma:e[7],precision:e[8]&&e[8].slice(1),trim:e[9],type:e[10]})}Ws.prototype=Gu.prototype;function Gu(n){this.fill=n.fill===void 0?" ":n.fill+"",this.align=n.align===void 0?">":n.align+"",this.sign=n.sign===void 0?"-":n.sign+"",this.symbol=n.symbol===void 0?"":n.symbol+"",this.zero=!!n.zero,this.width=n.width===void 0?void 0:+n.width,this.comma=!!n.comma,this.precision=n.precision===void 0?void 0:+n.precision,this.trim=!!n.trim,this.type=n.type===void 0?"":n.type+""}Gu.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function Fv(n){e:for(var e=n.length,t=1,i=-1,r;t<e;++t)switch(n[t]){case".":i=r=t;break;case"0":i===0&&(i=t),r=t;break;default:if(!+n[t])break e;i>0&&(i=0);break}return i>0?n.slice(0,i)+n.slice(r+1):n}var Da;function Ov(n,e){var t=Na(n,e);if(!t)return Da=void 0,n.toPrecision(e);var i=t[0],r=t[1],s=r-(Da=Math.max(-8,Math.min(8,Math.floor(r/3)))*3)+1,o=i.length;return s===o?i:s>o?i+new Array(s-o+1).join("0"):s>0?i.slice(0,s)+"."+i.slice(s):"0."+new Array(1-s).join("0")+Na(n,Math.max(0,e+s-1))[0]}function Kp(n,e){var t=Na(n,e);if(!t)return n+"";var i=t[0],r=t[1];return r<0?"0."+new Array(-r).join("0")+i:i.length>r+1?i.slice(0,r+1)+"."+i.slice(r+1):i+new Array(r-i.length+2).join("0")}var Zp={"%":(n,e)=>(n*100).toFixed(e),b:n=>Math.round(n).toString(2),c:n=>n+"",d:Iv,e:(n,e)=>n.toExponential(e),f:(n,e)=>n.toFixed(e),g:(n,e)=>n.toPrecision(e),o:n=>Math.round(n).toString(8),p:(n,e)=>Kp(n*100,e),r:Kp,s:Ov,X:n=>Math.round(n).toString(16).toUpperCase(),x:n=>Math.round(n).toString(16)};function Jp(n){return n}var jp=Array.prototype.map,Qp=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function Uv(n){var e=n.grouping===void 0||n.thousands===void 0?Jp:Lv(jp.call(n.grouping,Number),n.thousands+""),t=n.currency===void 0?"":n.currency[0]+"",i=n.currency===void 0?"":n.currency[1]+"",r=n.decimal===void 0?".":n.decimal+"",s=n.numerals===void 0?Jp:Nv(jp.call(n.numerals,String)),o=n.percent===void 0?"%":n.percent+"",a=n.minus===void 0?"−":n.minus+"",l=n.nan===void 0?"NaN":n.nan+"";function c(d,h){d=Ws(d);var f=d.fill,p=d.align,x=d.sign,g=d.symbol,m=d.zero,y=d.width,T=d.comma,v=d.precision,A=d.trim,w=d.type;w==="n"?(T=!0,w="g"):Zp[w]||(v===void 0&&(v=12),A=!0,w="g"),(m||f==="0"&&p==="=")&&(m=!0,f="0",p="=");var b=(h&&h.prefix!==void 0?h.prefix:"")+(g==="$"?t:g==="#"&&/[boxX]/.test(w)?"0"+w.toLowerCase():""),S=(g==="$"?i:/[%p]/.test(w)?o:"")+(h&&h.suffix!==void 0?h.suffix:""),D=Zp[w],C=/[defgprs%]/.test(w);v=v===void 0?6:/[gprs]/.test(w)?Math.max(1,Math.min(21,v)):Math.max(0,Math.min(20,v));function P(I){var O=b,R=S,N,G,k;if(w==="c")R=D(I)+R,I="";else{I=+I;var j=I<0||1/I<0;if(I=isNaN(I)?l:D(Math.abs(I),v),A&&(I=Fv(I)),j&&+I==0&&x!=="+"&&(j=!1),O=(j?x==="("?x:a:x==="-"||x==="("?"":x)+O,R=(w==="s"&&!isNaN(I)&&Da!==void 0?Qp[8+Da/3]:"")+R+(j&&x==="("?")":""),C){for(N=-1,G=I.length;++N<G;)if(k=I.charCodeAt(N),48>k||k>57){R=(k===46?r+I.slice(N+1):I.slice(N))+R,I=I.slice(0,N);break}}}T&&!m&&(I=e(I,1/0));var B=O.length+I.length+R.length,W=B<y?new Array(y-B+1).join(f):"";switch(T&&m&&(I=e(W+I,W.length?y-R.length:1/0),W=""),p){case"<":I=O+I+R+W;break;case"=":I=O+W+I+R;break;case"^":I=W.slice(0,B=W.length>>1)+O+I+R+W.slice(B);break;default:I=W+O+I+R;break}return s(I)}return P.toString=function(){return d+""},P}function u(d,h){var f=Math.max(-8,Math.min(8,Math.floor(Lr(h)/3)))*3,p=Math.pow(10,-f),x=c((d=Ws(d),d.type="f",d),{suffix:Qp[8+f/3]});return function(g){return x(p*g)}}return{format:c,formatPrefix:u}}var La,Hu,Wu;Bv({thousands:",",grouping:[3],currency:["$",""]});function Bv(n){return La=Uv(n),Hu=La.format,Wu=La.formatPrefix,La}function em(n){return Math.max(0,-Lr(Math.abs(n)))}function tm(n,e){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(Lr(e)/3)))*3-Lr(Math.abs(n)))}function nm(n,e){return n=Math.abs(n),e=Math.abs(e)-n,Math.max(0,Lr(e)-Lr(n))+1}function kv(n,e){switch(arguments.length){case 0:break;case 1:this.range(n);break;default:this.range(e).domain(n);break}return this}function zv(n){return function(){return n}}function Vv(n){return+n}var im=[0,1];function Nr(n){return n}function $u(n,e){return(e-=n=+n)?function(t){return(t-n)/e}:zv(isNaN(e)?NaN:.5)}function Gv(n,e){var t;return n>e&&(t=n,n=e,e=t),function(i){return Math.max(n,Math.min(e,i))}}function Hv(n,e,t){var i=n[0],r=n[1],s=e[0],o=e[1];return r<i?(i=$u(r,i),s=t(o,s)):(i=$u(i,r),s=t(s,o)),function(a){return s(i(a))}}function Wv(n,e,t){var i=Math.min(n.length,e.length)-1,r=new Array(i),s=new Array(i),o=-1;for(n[i]<n[0]&&(n=n.slice().reverse(),e=e.slice().reverse());++o<i;)r[o]=$u(n[o],n[o+1]),s[o]=t(e[o],e[o+1]);return function(a){var l=Gp(n,a,1,i)-1;return s[l](r[l](a))}}function $v(n,e){return e.domain(n.domain()).range(n.range()).interpolate(n.interpolate()).clamp(n.clamp()).unknown(n.unknown())}function Xv(){var n=im,e=im,t=Sa,i,r,s,o=Nr,a,l,c;function u(){var h=Math.min(n.length,e.length);return o!==Nr&&(o=Gv(n[0],n[h-1])),a=h>2?Wv:Hv,l=c=null,d}function d(h){return h==null||isNaN(h=+h)?s:(l||(l=a(n.map(i),e,t)))(i(o(h)))}return d.invert=function(h){return o(r((c||(c=a(e,n.map(i),Tn)))(h)))},d.domain=function(h){return arguments.length?(n=Array.from(h,Vv),u()):n.slice()},d.range=function(h){return arguments.length?(e=Array.from(h),u()):e.slice()},d.rangeRound=function(h){return e=Array.from(h),t=yp,u()},d.clamp=function(h){return arguments.length?(o=h?!0:Nr,u()):o!==Nr},d.interpolate=function(h){return arguments.length?(t=h,u()):t},d.unknown=function(h){return arguments.length?(s=h,d):s},function(h,f){return i=h,r=f,u()}}function qv(){return Xv()(Nr,Nr)}function Yv(n,e,t,i){var r=Xp(n,e,t),s;switch(i=Ws(i??",f"),i.type){case"s":{var o=Math.max(Math.abs(n),Math.abs(e));return i.precision==null&&!isNaN(s=tm(r,o))&&(i.precision=s),Wu(i,o)}case"":case"e":case"g":case"p":case"r":{i.precision==null&&!isNaN(s=nm(r,Math.max(Math.abs(n),Math.abs(e))))&&(i.precision=s-(i.type==="e"));break}case"f":case"%":{i.precision==null&&!isNaN(s=em(r))&&(i.precision=s-(i.type==="%")*2);break}}return Hu(i)}function Kv(n){var e=n.domain;return n.ticks=function(t){var i=e();return Ia(i[0],i[i.length-1],t??10)},n.tickFormat=function(t,i){var r=e();return Yv(r[0],r[r.length-1],t??10,i)},n.nice=function(t){t==null&&(t=10);var i=e(),r=0,s=i.length-1,o=i[r],a=i[s],l,c,u=10;for(a<o&&(c=o,o=a,a=c,c=r,r=s,s=c);u-- >0;){if(c=Hs(o,a,t),c===l)return i[r]=o,i[s]=a,e(i);if(c>0)o=Math.floor(o/c)*c,a=Math.ceil(a/c)*c;else if(c<0)o=Math.ceil(o*c)/c,a=Math.floor(a*c)/c;else break;l=c}return n},n}function Dr(){var n=qv();return n.copy=function(){return $v(n,Dr())},kv.apply(n,arguments),Kv(n)}function on(n,e){let t=n.length;if(t===1)return n[0]+e;let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function En(n,e){let t=n.length;if(t===1)return e-n[0];let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function _i(n){return[on(n,-.5),on(n,n.length-.5)]}function om(n,e,t,i=480,r=.25){let s=Math.abs(n[1]-n[0]),o=Math.abs(e[1]-e[0]),a=t&&s>0&&o>0?o/s:1;return a=Math.min(Math.max(a,r),1/r),a<=1?{width:i,height:Math.round(i*a)}:{width:Math.round(i/a),height:i}}function _t(n,e=5){let[t,i]=n;if(!(Number.isFinite(t)&&Number.isFinite(i)))return[];if(t===i){let o=Dr().domain([t-1,t+1]).tickFormat(e);return[{value:t,label:o(t)}]}let r=Dr().domain([Math.min(t,i),Math.max(t,i)]),s=r.tickFormat(e);return r.ticks(e).map(o=>({value:o,label:s(o)}))}function rm(n){if(!n)return null;if(n[0]===n[1]){let e=Math.abs(n[0])*1e-6||1e-6;return[n[0]-e,n[1]+e]}return n}function am(n,e=10){let[t,i]=n;return t<i?Dr().domain([t,i]).ticks(e).filter(r=>r>t&&r<i):[]}function sm(n,e=5){let[t,i]=n;if(t===i){let s=Math.abs(t)*.05||1;return[t-s,i+s]}let r=Dr().domain([t,i]).nice(e).domain();return[r[0],r[1]]}function lm(n,e){return+`${n}e${e}`}function Zv(n,e){let t=lm(n,e);return e>=-3&&e<5?String(t):`${n}e${e}`}function $s(n,e,t){let i=[],r=Math.floor(Math.log10(n))-1,s=Math.ceil(Math.log10(e))+1;for(let o=r;o<=s;o++)for(let a of t){let l=lm(a,o);l>=n*(1-1e-9)&&l<=e*(1+1e-9)&&i.push({value:l,label:Zv(a,o)})}return i}var cm=(n,e)=>(n%e+e)%e,um=[1],hm=[1,2,5],Jv=[1,5],dm=[1,2,3,4,5,6,7,8,9],jn=3;function Xu(n,e=5){let t=Math.min(n[0],n[1]),i=Math.max(n[0],n[1]);if(!(t>0&&Number.isFinite(i)))return[];if(t===i)return _t([t,i],e);let r=$s(t,i,um);if(r.length>=jn){if(r.length<=e)return r;for(let c=Math.ceil(r.length/Math.max(1,e));c>1;c--){let u=r.filter(d=>cm(Math.round(Math.log10(d.value)),c)===0);if(u.length>=jn)return u}return r}let s=[hm,Jv,dm].map(c=>$s(t,i,c)),o=s.find(c=>c.length>=jn&&c.length<=e+2);if(o)return o;let a=s.filter(c=>c.length>=jn).sort((c,u)=>c.length-u.length)[0];if(a)return a;let l=[];for(let c=Math.max(e,jn);c<=4*jn&&l.length<jn;c++)l=_t([t,i],c).filter(u=>u.value>0);return l.length>=s[2].length?l:s[2]}function jv(n,e=10){let[t,i]=n;if(!(t>0&&i>t&&Number.isFinite(i)))return[];let r=a=>a.map(l=>l.value).filter(l=>l>t&&l<i),s=r($s(t,i,hm));if(s.length>Math.ceil(e*1.5)){if(s=r($s(t,i,um)),s.length>e){let a=Math.ceil(s.length/e);s=s.filter(l=>cm(Math.round(Math.log10(l)),a)===0)}return s}if(s.length>=3)return s;let o=r($s(t,i,dm));return o.length>=3?o:am(n,e).filter(a=>a>0)}function Qn(n,e,t=5){return e==="log"?Xu(n,t):_t(n,t)}function Fa(n,e,t=10){return e==="log"?jv(n,t):am(n,t)}function fm(n){let e=1/0;for(let t=0;t<n.length;t++){let i=n[t];i>0&&i<e&&(e=i)}return e<1/0?e:null}function Fr(n,e,t){let i=null;if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])?i=rm([Math.min(e[0],e[1]),Math.max(e[0],e[1])]):i=rm(Cr(n)),!i||t!=="log")return i;let[r,s]=i;if(r<=0){let o=1/0;for(let a=0;a<n.length;a++){let l=n[a];l>0&&l<o&&l<=s&&(o=l)}if(o<1/0)r=o;else if(s>0)r=s/10;else return[.1,1]}return r===s?[r*(1-1e-6),s*(1+1e-6)]:[r,s]}function pm(n,e,t){if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])){let i=Math.min(e[0],e[1]),r=Math.max(e[0],e[1]);if(t==="log"){let s=r>0?r:1,o=i>0?i:n&&n[0]>0&&n[0]<s?n[0]:s/10;return o<s?[o,s]:[o/1.1,s*1.1]}return i<r?[i,r]:sm([i,r])}if(t==="log"){if(!n||!(n[0]>0))return[.1,1];let[i,r]=n;if(i===r)return[i/1.25,r*1.25];let s=Math.log10(i),o=Math.log10(r),a=(o-s)*.05;return[Math.pow(10,s-a),Math.pow(10,o+a)]}return sm(n??[0,1])}var mm=Ap.filter(n=>n!=="#4e79a7"&&n!=="#bab0ab"),Qv="var(--tbl-line)",Oa="var(--tbl-muted)";function gm(n){return n===0?Qv:mm[(n-1)%mm.length]}function Ua(n,e){let t=n.length;return Number.isFinite(e)?Math.min(t-1,Math.max(0,Math.round(En(n,e)))):Math.floor((t-1)/2)}function qu(n,e){let t=zt(n,e),i=n.header.axes;if(n.header.dims===1)return[{label:n.header.metrics[e],axis:0,coords:i[0].coords,values:t}];let{nx:r,ny:s}=n,[o,a]=n.header.center,l=i[0].coords,c=i[1].coords,u=Ua(c,a),d=Ua(l,o),h=new Float32Array(s);for(let p=0;p<s;p++)h[p]=t[p*r+d];let f=p=>i[p].label||(p===0?"x":"y");return[{label:`${f(0)} at ${f(1)} = ${Ye(c[u])}`,axis:0,coords:l,values:t.subarray(u*r,(u+1)*r)},{label:`${f(1)} at ${f(0)} = ${Ye(l[d])}`,axis:1,coords:c,values:h}]}function bm(n,e,t){let i=n.header.metrics.indexOf(e);return i>=0?i:t>=0&&t<n.metricCount?t:-1}function Yu(n,e,t){let i=n.length;if(i===0)return{x:NaN,value:NaN};let r=En(n,t);if(r<-.5||r>i-.5)return{x:NaN,value:NaN};let s=Math.min(i-1,Math.max(0,Math.round(r)));return{x:n[s],value:e[s]}}function xm(n,e,t){let i=n.length;if(i===0||!(t>=n[0]&&t<=n[i-1]))return NaN;if(i===1)return e[0];let r=En(n,t),s=Math.min(i-2,Math.max(0,Math.floor(r))),o=r-s;return e[s]+o*(e[s+1]-e[s])}function Or(n){if(!n)return[];let e=[];for(let t=0;t<n.x.length;t++){let i=n.x[t],r=n.y?n.y[t]:0;!Number.isFinite(i)||!Number.isFinite(r)||e.push({step:n.steps[t],x:i,y:r,planeLoss:n.plane_loss?n.plane_loss[t]:NaN,trueLoss:n.true_loss?n.true_loss[t]:NaN,residual:n.residual?n.residual[t]:NaN})}return e}function Ur(n,e){let t=e<=1?1:n/(e-1);return Ta(Ep(.25+.75*t))}function Ba(n,e,t,i){let r=-1,s=i*i;for(let o=0;o<n.length;o++){let a=n[o][0]-e,l=n[o][1]-t,c=a*a+l*l;c<=s&&(r=o,s=c)}return r}var e_=.02;function Br(n,e,t,i=e_){if(n.length<2)return null;let r=h=>h.length>1?h[h.length-1]-h[0]:NaN,s=r(e),o=t?r(t):1;if(!(s>0&&Number.isFinite(s)&&o>0&&Number.isFinite(o)))return null;let a=1/0,l=-1/0,c=1/0,u=-1/0;for(let h of n)a=Math.min(a,h.x),l=Math.max(l,h.x),c=Math.min(c,h.y),u=Math.max(u,h.y);let d=Math.max((l-a)/s,t?(u-c)/o:0);return{count:n.length,fraction:d,tiny:d<i}}function Xs(n){if(!(n>=.001))return"<0.1%";let e=n*100;return`${e<10?Number(e.toFixed(1)):Math.round(e)}%`}var t_="http://www.w3.org/2000/svg";function ym(n,e){for(let[t,i]of Object.entries(e))i==null||i===!1||n.setAttribute(t,i===!0?"":String(i))}function Z(n,e={},t=[]){let i=document.createElement(n);return ym(i,e),i.append(...t),i}function Re(n,e={},t=[]){let i=document.createElementNS(t_,n);return ym(i,e),i.append(...t),i}function vm(n,e,t){let i=Math.max(1,Math.min(3,window.devicePixelRatio||1));n.width=Math.round(e*i),n.height=Math.round(t*i),n.style.width=`${e}px`,n.style.height=`${t}px`;let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");return r.setTransform(i,0,0,i,0,0),r}function qs(){return Math.max(1,Math.min(3,window.devicePixelRatio||1))}function tr(n,e,t){let i=qs(),r=Math.round(e*i),s=Math.round(t*i),o;if(n.width!==r||n.height!==s?(n.width=r,n.height=s,o=n.getContext("2d")):(o=n.getContext("2d"),o&&(o.setTransform(1,0,0,1,0,0),o.globalCompositeOperation="source-over",o.globalAlpha=1,o.clearRect(0,0,r,s))),!o)throw new Error("canvas 2D context unavailable");return n.style.width!==`${e}px`&&(n.style.width=`${e}px`),n.style.height!==`${t}px`&&(n.style.height=`${t}px`),o.setTransform(i,0,0,i,0,0),o}function Ku(n){let e=getComputedStyle(n).getPropertyValue("--tbl-bg").trim();if(e)return e;for(let t=n;t;t=t.parentElement){let i=getComputedStyle(t).backgroundColor;if(i&&!_m(i))return i}return"#ffffff"}function _m(n){return n==="transparent"||/^rgba\(.*,\s*0\)$/.test(n)}var n_=["fill","fill-opacity","stroke","stroke-width","stroke-opacity","stroke-dasharray","stroke-linecap","stroke-linejoin","opacity","font-family","font-size","font-weight","font-style","text-anchor","dominant-baseline","shape-rendering","visibility","display","paint-order"],Mi=24;function i_(n){let e=n.getBoundingClientRect(),t=n.cloneNode(!0),i=[n,...Array.from(n.querySelectorAll("*"))],r=[t,...Array.from(t.querySelectorAll("*"))];i.forEach((l,c)=>{let u=getComputedStyle(l),d=n_.map(h=>`${h}:${u.getPropertyValue(h)}`).join(";");r[c].setAttribute("style",d)});let s=e.width+2*Mi,o=e.height+2*Mi;t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("width",String(s)),t.setAttribute("height",String(o)),t.setAttribute("viewBox",`${-Mi} ${-Mi} ${s} ${o}`),t.style.overflow="visible";let a="data:image/svg+xml;charset=utf-8,"+encodeURIComponent(new XMLSerializer().serializeToString(t));return new Promise((l,c)=>{let u=new Image;u.onload=()=>l(u),u.onerror=()=>c(new Error("SVG export failed")),u.src=a})}function Zu(n){return new Promise((e,t)=>n.toBlob(i=>i?e(i):t(new Error("PNG export failed")),"image/png"))}async function kn(n,e=()=>!1){let t=n.getBoundingClientRect(),i=qs(),r=[],s=1,o=1,a=p=>(s=Math.max(s,p.right-t.left),o=Math.max(o,p.bottom-t.top),[p.left-t.left,p.top-t.top,p.width,p.height]),l=p=>{if(p.nodeType===Node.TEXT_NODE){let m=(p.textContent??"").replace(/\s+/g," ").trim(),y=p.parentElement;if(!m||!y)return;let T=document.createRange();T.selectNodeContents(p);let v=Array.from(T.getClientRects()).filter(D=>D.width>0);if(v.length===0)return;let A=v.map(a),w=getComputedStyle(y),b=`${w.fontStyle} ${w.fontWeight} ${w.fontSize} ${w.fontFamily}`,S=w.color;r.push(Promise.resolve(D=>{D.font=b,D.fillStyle=S,D.textBaseline="middle",D.textAlign="left";let C=m.split(" "),P=0;A.forEach(([I,O,R,N],G)=>{let k=C[P++]??"";for(;P<C.length&&(G===A.length-1||D.measureText(`${k} ${C[P]}`).width<=R+1);)k+=` ${C[P++]}`;D.fillText(k,I,O+N/2)})}));return}if(!(p instanceof Element)||p!==n&&e(p))return;let x=getComputedStyle(p);if(x.display==="none"||x.visibility==="hidden")return;let g=p.getBoundingClientRect();if(p instanceof HTMLCanvasElement){if(p.width>0&&p.height>0){let m=a(g);r.push(Promise.resolve(y=>y.drawImage(p,...m)))}return}if(p instanceof SVGSVGElement){let[m,y,T,v]=a(g);r.push(i_(p).then(A=>w=>{w.drawImage(A,m-Mi,y-Mi,T+2*Mi,v+2*Mi)}));return}if(p!==n&&g.width>0&&g.height>0&&p.childNodes.length===0&&a(g),p!==n&&g.width>0&&g.height>0){let m=x.backgroundColor,y=p.classList.contains("tbl-hatched"),T=x.backgroundImage,v=/^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(T),A=parseFloat(x.borderTopWidth)||0,w=x.borderTopStyle,b=x.borderTopColor,S=(parseFloat(x.borderLeftWidth)||0)>0&&x.borderLeftStyle!=="none",D=x.borderLeftColor,C=parseFloat(x.borderTopLeftRadius)||0,[P,I,O,R]=[g.left-t.left,g.top-t.top,g.width,g.height];r.push(Promise.resolve(N=>{let G=C>=Math.min(O,R)/2-.5&&C>0,k=()=>{N.beginPath(),G?N.arc(P+O/2,I+R/2,Math.min(O,R)/2,0,2*Math.PI):N.rect(P,I,O,R)};if(v){let j=N.createLinearGradient(P,0,P+O,0);j.addColorStop(0,v[1]),j.addColorStop(1,v[2]),N.fillStyle=j,k(),N.fill()}else m&&!_m(m)&&(N.fillStyle=m,k(),N.fill());if(y){N.save(),N.beginPath(),N.rect(P,I,O,R),N.clip(),N.strokeStyle="rgba(255, 255, 255, 0.9)",N.lineWidth=1.5,N.beginPath();for(let j=-R;j<O;j+=5.5)N.moveTo(P+j,I+R),N.lineTo(P+j+R,I);N.stroke(),N.restore()}S&&!G?(N.strokeStyle=D,N.lineWidth=1,N.strokeRect(P+.5,I+.5,O-1,R-1)):S&&G?(N.strokeStyle=D,N.lineWidth=parseFloat(x.borderLeftWidth)||1,k(),N.stroke()):A>0&&w!=="none"&&(N.strokeStyle=b,N.lineWidth=A,N.setLineDash(w==="dashed"?[4,3]:w==="dotted"?[1,2]:[]),N.beginPath(),N.moveTo(P,I+A/2),N.lineTo(P+O,I+A/2),N.stroke(),N.setLineDash([]))}))}p.childNodes.forEach(l)};l(n);let c=await Promise.all(r),u=Math.max(1,Math.min(Math.ceil(t.width),Math.ceil(s+8))),d=Math.max(1,Math.min(Math.ceil(t.height),Math.ceil(o+4))),h=document.createElement("canvas");h.width=Math.round(u*i),h.height=Math.round(d*i);let f=h.getContext("2d");if(!f)throw new Error("canvas 2D context unavailable");f.setTransform(i,0,0,i,0,0),f.fillStyle=Ku(n),f.fillRect(0,0,u,d);for(let p of c)p(f);return Zu(h)}var ka=4;function Cn(n){let{side:e,x:t,y:i,length:r}=n,s=Re("g",{class:`tbl-axis tbl-axis-${e}`,transform:`translate(${t},${i})`}),o=e==="bottom";s.append(Re("line",o?{x1:0,y1:0,x2:r,y2:0}:{x1:0,y1:0,x2:0,y2:r}));for(let a of n.ticks)if(!(a.pos<-.5||a.pos>r+.5))if(o)s.append(Re("line",{x1:a.pos,y1:0,x2:a.pos,y2:ka}),Re("text",{x:a.pos,y:ka+2,"text-anchor":"middle","dominant-baseline":"hanging"},[a.label]));else{let l=e==="left"?-1:1;s.append(Re("line",{x1:0,y1:a.pos,x2:l*ka,y2:a.pos}),Re("text",{x:l*(ka+3),y:a.pos,"text-anchor":e==="left"?"end":"start","dominant-baseline":"middle"},[a.label]))}if(n.title){let a=n.titleOffset??30,l=Np(n.title,r+40),c=o?Re("text",{class:"tbl-axis-title",x:r/2,y:a,"text-anchor":"middle"},[l]):Re("text",{class:"tbl-axis-title",transform:`translate(${e==="left"?-a:a},${r/2}) rotate(-90)`,"text-anchor":"middle"},[l]);l!==n.title&&c.append(Re("title",{},[n.title])),s.append(c)}return s}function r_(n){return n.map(e=>Ra(e.coords,e.values))}function Ju(n,e){return e?`${n} · ${Bp(e)}`:n}function Mm(n,e,t,i,r,s){let o=Re("g",{class:"tbl-barriers","data-testid":"barriers"}),a=Re("g",{"clip-path":`url(#${r})`});return o.append(a),r_(n).forEach((l,c)=>{let u=n[c];if(!l||!i(l.start[1])||!i(l.end[1])||!i(l.value))return;let d={"data-path":u.name,"data-barrier":String(l.height),"data-t-peak":String(l.t)},h=t(l.value);h<s[0]-.5||h>s[1]+.5||(a.append(Re("line",{class:"tbl-barrier-chord","data-testid":"barrier-chord",...d,x1:e(l.start[0]),y1:t(l.start[1]),x2:e(l.end[0]),y2:t(l.end[1]),style:`stroke: ${u.color}; stroke-dasharray: 5 4; stroke-width: 1.2; opacity: 0.8`})),o.append(Re("circle",{class:"tbl-barrier-marker","data-testid":"barrier-marker",...d,cx:e(l.t),cy:h,r:5,style:`fill: none; stroke: ${u.color}; stroke-width: 2`},[Re("title",{},[Ju(u.name,l)])])))}),o}function Sm(n,e){return Z("span",{class:e?"tbl-swatch tbl-hatched":"tbl-swatch",style:`background-color: ${yt(n)}`})}function kr(n,e){let t=Z("div",{class:"tbl-legend","data-testid":"legend"}),i=e.series??[];i.length>1&&i.forEach(({label:a,color:l},c)=>{t.append(Z("span",{class:"tbl-legend-entry","data-kind":"series","data-index":c},[Z("span",{class:"tbl-series-swatch",style:`border-top-color: ${l}`}),a]))});let r=[[ji,n.nan,"NaN"],[Qi,n.posInf,"+inf"],[er,n.negInf,"-inf"]];for(let[a,l,c]of r)l>0&&t.append(Z("span",{class:"tbl-legend-entry","data-kind":c},[Sm(a,e.hatched),`${c}: ${l} point${l===1?"":"s"} (${e.note})`]));let s=e.clip;if(s){let a=s.range??"colour range";for(let[l,c,u,d]of[[s.above,"above",s.high,"▲"],[s.below,"below",s.low,"▼"]])l>0&&t.append(Z("span",{class:"tbl-legend-entry","data-kind":c,"data-count":l},[...u?[Sm(u,!1)]:[],`${d} ${Ip(l,c,a)}`]))}if(e.center){let a=e.center.mark==="cross"?Z("span",{class:"tbl-center-mark"},["+"]):Z("span",{class:"tbl-center-dash",style:`border-top-color: ${Oa}`});t.append(Z("span",{class:"tbl-legend-entry","data-kind":"center"},[a,e.center.text]))}let o=e.path;if(o&&o.count>0){let a=o.count===1?`step ${o.last}`:`${o.count} steps, ${o.first} → ${o.last}`;t.append(Z("span",{class:"tbl-legend-entry","data-kind":"path","data-tiny":o.tiny?"true":null},[Z("span",{class:"tbl-path-swatch",style:`background-image: linear-gradient(to right, ${yt(o.early)}, ${yt(o.late)})`}),o.tiny??`optimizer path (${a}, light = early)`,Z("span",{class:"tbl-legend-current"},[Z("span",{class:"tbl-ring-mark",style:`background-color: ${yt(o.late)}`}),`current step ${o.last}`])]))}return t}var Qu=3.5,za=6,ju="rgba(0, 0, 0, 0.75)";function Ys(n){return Array.from({length:n},(e,t)=>Ur(t,n))}function wm(n,e,t,i=-1){let r=e.length;if(r===0)return;if(n.save(),n.lineJoin="round",n.lineCap="round",r>1){n.beginPath(),e.forEach(([a,l],c)=>c===0?n.moveTo(a,l):n.lineTo(a,l)),n.strokeStyle=ju,n.lineWidth=4,n.stroke(),n.lineWidth=2;for(let a=1;a<r;a++)n.beginPath(),n.moveTo(e[a-1][0],e[a-1][1]),n.lineTo(e[a][0],e[a][1]),n.strokeStyle=yt(t[a]),n.stroke()}for(let a=0;a<r-1;a++){let[l,c]=e[a];n.beginPath(),n.arc(l,c,Qu,0,2*Math.PI),n.fillStyle=yt(t[a]),n.fill(),n.strokeStyle=ju,n.lineWidth=1,n.stroke()}let[s,o]=e[r-1];if(n.beginPath(),n.arc(s,o,za,0,2*Math.PI),n.fillStyle=yt(t[r-1]),n.fill(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.beginPath(),n.arc(s,o,za+1.5,0,2*Math.PI),n.strokeStyle=ju,n.lineWidth=1,n.stroke(),i>=0&&i<r){let[a,l]=e[i];n.beginPath(),n.arc(a,l,(i===r-1?za:Qu)+4,0,2*Math.PI),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke()}n.restore()}function Am(n,e,t=[]){let i=Re("g",{class:"tbl-path","data-testid":"path-overlay","data-points":n.length}),r=n.length;return r===0||(r>1&&i.append(Re("polyline",{class:"tbl-path-line",points:n.map(([s,o])=>`${s.toFixed(2)},${o.toFixed(2)}`).join(" ")})),n.forEach(([s,o],a)=>{let l=a===r-1;i.append(Re("circle",{class:l?"tbl-path-point tbl-path-current":"tbl-path-point",cx:s.toFixed(2),cy:o.toFixed(2),r:l?za:Qu,fill:yt(e[a]),"data-step":t[a]}))})),i}function Va(n,e,t,i=null){let r=e===2?`(${Ye(n.x)}, ${Ye(n.y)})`:`x = ${Ye(n.x)}`,s=i?.tiny?` · the path barely moves ${e===2?"in this plane":"along this line"} (within ${Xs(i.fraction)} of its span)`:"";return`path, step ${n.step}${t?" (current)":""} at ${r}: on-plane loss = ${Ye(n.planeLoss)}, true loss = ${Ye(n.trueLoss)}, projection residual = ${Ye(n.residual)}${s}`}function zr(n,e,t=""){if(!n||!n.tiny)return null;let i=e===2?"plane":"line",r=e===2?"in this plane":"along this line",s=e===2&&!/pca/i.test(t)?"; try the PCA tag":"";return`path: ${`${n.count} step${n.count===1?"":"s"}`}, within ${Xs(n.fraction)} of the ${i}'s span — the path barely moves ${r}${s}`}var nn={top:14,right:16,bottom:44,left:64},s_=.55,o_=8,a_=24,Ga=Ea(.9),Ha=Ea(.1),l_=0,Wa=class{constructor(){this.element=Z("div",{class:"tbl-curve"});this.svg=Re("svg",{"data-testid":"curve",class:"tbl-curve-svg"});this.readout=Z("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=Z("div");this.clipId=`tbl-curve-clip-${++l_}`;this.hoverGroup=Re("g");this.cleanups=[];this.frame=null;this.metric=0;this.panels=[];this.xLabel="x";this.px=e=>e;this.ix=e=>e;this.drawable=Number.isFinite;this.path=[];this.spread=null;this.pathPixels=[];this.element.append(this.svg,this.readout,this.legendSlot);let e=i=>this.onHover(i),t=()=>this.clearHover();this.svg.addEventListener("mousemove",e),this.svg.addEventListener("mouseleave",t),this.cleanups.push(()=>this.svg.removeEventListener("mousemove",e),()=>this.svg.removeEventListener("mouseleave",t)),this.element.dataset.series="0",this.element.dataset.panels="0",this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();this.frame=e,this.metric=t.metric;let r=e.header,s=t.scale==="log",o=!!t.allMetrics&&r.metrics.length>1,a=o?r.metrics.map((ne,X)=>X):[t.metric],l=t.palette==="diverging",c=t.overlays??[],u=c.some(ne=>ne.frame.header.run!==r.run),d=t.ownLabel??(c.length?u?`${r.run}, step ${r.step}`:`step ${r.step}`:""),h=new Map,f=a.map(ne=>{let X=r.metrics[ne],re=[],se=0,xe=(le,De,Se)=>{let He=gm(o?se:re.length),We=le;if(t.barriers){le=Ju(We,Ra(De.coords,De.values));let Fe=re.find(we=>kp(we.values,De.values));Fe&&(le+=` · same curve as ${Fe.name}`)}re.push({label:le,name:We,coords:De.coords,values:De.values,color:He,signed:l&&Se}),h.has(se)||h.set(se,{label:le,color:He}),se++},ie=qu(e,ne);for(let le of ie)xe(d?r.dims===1?d:`${d}: ${le.label}`:le.label,le,!0);for(let le of c){let De=bm(le.frame,X,o&&ne!==t.metric?-1:t.metric);if(De<0){se+=le.frame.header.dims===1?1:2;continue}for(let Se of qu(le.frame,De))xe(le.frame.header.dims===1?le.label:`${le.label}: ${Se.label}`,Se,!1)}return{m:ne,name:X,series:re,main:ie}});this.drawable=s?ne=>Number.isFinite(ne)&&ne>0:Number.isFinite;let p=1/0,x=-1/0,g=f.map(({m:ne,series:X})=>{let re=1/0,se=-1/0;for(let xe of X){let ie=xe.coords.length;if(ie!==0){p=Math.min(p,xe.coords[0]),x=Math.max(x,xe.coords[ie-1]);for(let le=0;le<xe.values.length;le++){let De=xe.values[le];this.drawable(De)&&(De<re&&(re=De),De>se&&(se=De))}}}return pm(re<=se?[re,se]:null,ne===t.metric?t.domain:null,t.scale)}),m=p<x?[p,x]:Number.isFinite(p)?[p-1,p+1]:[-1,1],y=t.fit?t.fit.width-nn.left-nn.right:t.maxSide,T=Dp(f.length,y,nn,s_,a_,t.fit?.height),v=T.plots[0].width,A=ne=>nn.left+(ne-m[0])/(m[1]-m[0])*v,w=ne=>m[0]+(ne-nn.left)/v*(m[1]-m[0]);this.px=A,this.ix=w,this.svg.setAttribute("width",String(T.width)),this.svg.setAttribute("height",String(T.height));let b=f.map((ne,X)=>{let re=T.plots[X],se=g[X],xe=re.height,ie=s?Math.log10(se[0]):0,le=s?Math.log10(se[1]):0,De=s?Se=>re.top+(le-Math.log10(Se))/(le-ie)*xe:Se=>re.top+(se[1]-Se)/(se[1]-se[0])*xe;return{name:ne.name,series:ne.series,main:ne.main,plot:re,py:De,clipId:X===0?this.clipId:`${this.clipId}-${X}`}});this.panels=b;let[S,D]=r.axes;this.xLabel=r.dims===1?S.label||"x":`${S.label||"x"} / ${D.label||"y"}`;let C=r.dims===1?Jn(S,r.method):Jn({label:this.xLabel,unit:S.unit===D.unit?S.unit:"",explained_variance:null},r.method),P=_t(m,Math.max(2,Math.round(v/70))).map(ne=>({pos:A(ne.value)-nn.left,label:ne.label})),I=f.findIndex(ne=>ne.name==="loss"),O=o?I>=0?I:Math.max(0,f.findIndex(ne=>ne.m===t.metric)):0,R=Re("defs"),N=[R],G={nan:0,posInf:0,negInf:0},k={below:0,above:0};this.path=[],this.pathPixels=[];let j=0;b.forEach((ne,X)=>{let{plot:re,py:se,main:xe}=ne,ie=re.top,le=re.height,De=X===b.length-1;R.append(Re("clipPath",{id:ne.clipId},[Re("rect",{x:nn.left,y:ie-1,width:v,height:le+2})])),N.push(Re("rect",{class:"tbl-frame",x:nn.left-.5,y:ie-.5,width:v+1,height:le+1}));let Se=t.barriers?[]:[...new Set(r.center.slice(0,xe.length))];for(let we of Se)Number.isFinite(we)&&we>=m[0]&&we<=m[1]&&N.push(Re("line",{class:"tbl-center-line",x1:A(we),x2:A(we),y1:ie,y2:ie+le,style:`stroke: ${Oa}`}));let He=NaN;if(l&&!s){let we=g[X];He=Math.min(ie+le,Math.max(ie,se(0))),we[0]<0&&we[1]>0&&N.push(Re("line",{class:"tbl-zero-line",x1:nn.left,x2:nn.left+v,y1:se(0),y2:se(0)})),R.append(Re("clipPath",{id:`${ne.clipId}-above`},[Re("rect",{x:nn.left,y:ie-1,width:v,height:Math.max(0,He-ie+1)})]),Re("clipPath",{id:`${ne.clipId}-below`},[Re("rect",{x:nn.left,y:He,width:v,height:Math.max(0,ie+le+1-He)})]))}let We=Re("g",{"clip-path":`url(#${ne.clipId})`});if(ne.series.forEach((we,Oe)=>{let Je="",ke=[];for(let[nt,Bt]of c_(we.values,this.drawable)){if(Bt-nt===1){let gt=we.signed?we.values[nt]>=0?Ga:Ha:we.color;ke.push(Re("circle",{class:"tbl-curve-series-dot",cx:A(we.coords[nt]),cy:se(we.values[nt]),r:2.5,style:`fill: ${gt}`}));continue}for(let gt=nt;gt<Bt;gt++)Je+=`${gt===nt?"M":"L"}${A(we.coords[gt]).toFixed(2)},${se(we.values[gt]).toFixed(2)}`}let Rt=Oe===0?"tbl-curve-line tbl-curve-series":"tbl-curve-series";we.signed&&Number.isFinite(He)?We.append(Re("g",{"clip-path":`url(#${ne.clipId}-above)`},[Re("path",{class:Rt,"data-series":Oe,d:Je,style:`stroke: ${Ga}`})]),Re("g",{"clip-path":`url(#${ne.clipId}-below)`},[Re("path",{class:"tbl-curve-series",d:Je,style:`stroke: ${Ha}`})]),...ke):We.append(Re("path",{class:Rt,"data-series":Oe,d:Je,style:`stroke: ${we.color}`}),...ke)}),N.push(We),t.barriers&&f[X].m===t.metric){let we=Mm(ne.series,A,se,this.drawable,ne.clipId,[ie,ie+le]);j+=we.querySelectorAll("circle").length,N.push(we)}for(let we of xe){let Oe=Rr(we.values);G.nan+=Oe.nan,G.posInf+=Oe.posInf,G.negInf+=Oe.negInf;for(let Je=0;Je<we.values.length;Je++){let ke=we.values[Je];if(Number.isFinite(ke))continue;let Rt=ke!==ke?ji:ke>0?Qi:er;N.push(Re("rect",{class:"tbl-nonfinite-mark",x:A(we.coords[Je])-2,y:ie,width:4,height:8,fill:yt(Rt)}))}}if(t.domain&&f[X].m===t.metric)for(let we of xe){let Oe=vi(we.values,g[X]);k={below:k.below+Oe.below,above:k.above+Oe.above}}if(X===O&&t.path&&r.dims===1&&r.trajectory){let we=Or(r.trajectory),Oe=Ys(we.length),Je=xe[0],ke=[];we.forEach((nt,Bt)=>{let gt=Number.isFinite(nt.planeLoss)?nt.planeLoss:xm(Je.coords,Je.values,nt.x);this.drawable(gt)&&(ke.push(Bt),this.path.push(nt),this.pathPixels.push([A(nt.x),se(gt)]))});let Rt=Am(this.pathPixels,ke.map(nt=>Oe[nt]),this.path.map(nt=>nt.step));Rt.setAttribute("clip-path",`url(#${ne.clipId})`),N.push(Rt)}let Fe=Qn(g[X],t.scale,Math.max(2,Math.round(le/50))).map(we=>({pos:se(we.value)-ie,label:we.label}));N.push(Cn({side:"bottom",x:nn.left,y:ie+le+.5,length:v,ticks:De?P:P.map(we=>({...we,label:""})),title:De?C:void 0,titleOffset:36}),Cn({side:"left",x:nn.left-.5,y:ie,length:le,ticks:Fe,title:ne.name+(s?" (log)":""),titleOffset:52}))}),this.hoverGroup=Re("g",{class:"tbl-curve-hover",visibility:"hidden"}),N.push(this.hoverGroup),this.svg.replaceChildren(...N);let B=this.path.length,W=Ys(B);this.spread=Br(this.path,r.axes[0].coords,null);let K=b[0].main.length,ye=l&&b[0].series.length===1?[{label:"above 0",color:Ga},{label:"below 0",color:Ha}]:o?[...h.entries()].sort((ne,X)=>ne[0]-X[0]).map(([,ne])=>ne):b[0].series.map(ne=>({label:ne.label,color:ne.color}));this.legendSlot.replaceChildren(kr(G,{hatched:!1,note:"line broken",center:t.barriers?null:{text:`centre (${r.center.slice(0,K).map(Ye).join(", ")})`,mark:"line"},series:ye,clip:t.domain?{...k,range:"y range"}:null,path:B>0?{count:B,first:this.path[0].step,last:this.path[B-1].step,early:W[0],late:W[B-1],tiny:zr(this.spread,1)}:null})),this.readout.textContent=" ",this.element.dataset.series=String(b.reduce((ne,X)=>ne+X.series.length,0)),this.element.dataset.panels=String(b.length),this.element.dataset.pathPoints=String(B),this.element.dataset.barriers=String(j),this.element.dataset.pathSpread=this.spread?String(this.spread.fraction):"",this.element.dataset.scale=t.scale,this.element.dataset.drawMs=(performance.now()-i).toFixed(1)}clearHover(){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=" "}onHover(e){let t=this.frame,i=this.panels,r=i[0]?.series[0];if(!t||!r)return;let s=this.svg.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top;if(Fp(i.map(x=>x.plot),o,a)<0){this.clearHover();return}let l=Ba(this.pathPixels,o,a,o_);if(l>=0){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=Va(this.path[l],1,l===this.path.length-1,this.spread);return}let c=this.ix(o),u=Yu(r.coords,r.values,c),d=Number.isFinite(u.x)?u.x:c,h=[],f=[],p=this.px(d);for(let x of i){let g=[];for(let m of x.series){let{x:y,value:T}=Yu(m.coords,m.values,d);if(!Number.isFinite(y))continue;g.push(`${m.name} = ${Ye(T)}${y!==d?` (at ${Ye(y)})`:""}`);let v=m.signed?T>=0?Ga:Ha:m.color;this.drawable(T)&&f.push(Re("circle",{cx:this.px(y),cy:x.py(T),r:3.5,style:`fill: ${v}`}))}if(f.push(Re("line",{x1:p,x2:p,y1:x.plot.top,y2:x.plot.top+x.plot.height})),i.length===1&&t.header.dims===1&&t.metricCount>1&&Number.isFinite(u.x)){let m=Ua(r.coords,u.x);t.header.metrics.forEach((y,T)=>{T!==this.metric&&g.push(`${y} = ${Ye(t.values[T*t.nx+m])}`)})}i.length===1?h.push(g.join(", ")):g.length===1&&x.series[0].name===x.name?h.push(g[0]):g.length&&h.push(`${x.name}: ${g.join(", ")}`)}this.readout.textContent=`${this.xLabel} = ${Ye(d)}: ${h.join("; ")}`,f.sort((x,g)=>(x.tagName==="line"?0:1)-(g.tagName==="line"?0:1)),this.hoverGroup.replaceChildren(...f),this.hoverGroup.setAttribute("visibility","visible")}toPng(){return this.hoverGroup.setAttribute("visibility","hidden"),kn(this.element,e=>e===this.readout)}resetView(){}dispose(){for(let e of this.cleanups.splice(0))e();this.frame=null,this.panels=[]}};function c_(n,e){if(e===Number.isFinite)return Pp(n);let t=[],i=-1;for(let r=0;r<=n.length;r++){let s=r<n.length&&e(n[r]);s&&i<0&&(i=r),!s&&i>=0&&(t.push([i,r]),i=-1)}return t}var u_=Array.prototype,h_=u_.slice;function d_(n,e){return n-e}function f_(n){for(var e=0,t=n.length,i=n[t-1][1]*n[0][0]-n[t-1][0]*n[0][1];++e<t;)i+=n[e-1][1]*n[e][0]-n[e-1][0]*n[e][1];return i}var Tm=n=>()=>n;function p_(n,e){for(var t=-1,i=e.length,r;++t<i;)if(r=m_(n,e[t]))return r;return 0}function m_(n,e){for(var t=e[0],i=e[1],r=-1,s=0,o=n.length,a=o-1;s<o;a=s++){var l=n[s],c=l[0],u=l[1],d=n[a],h=d[0],f=d[1];if(g_(l,d,e))return 0;u>i!=f>i&&t<(h-c)*(i-u)/(f-u)+c&&(r=-r)}return r}function g_(n,e,t){var i;return b_(n,e,t)&&x_(n[i=+(n[0]===e[0])],t[i],e[i])}function b_(n,e,t){return(e[0]-n[0])*(t[1]-n[1])===(t[0]-n[0])*(e[1]-n[1])}function x_(n,e,t){return n<=e&&e<=t||t<=e&&e<=n}function y_(){}var ei=[[],[[[1,1.5],[.5,1]]],[[[1.5,1],[1,1.5]]],[[[1.5,1],[.5,1]]],[[[1,.5],[1.5,1]]],[[[1,1.5],[.5,1]],[[1,.5],[1.5,1]]],[[[1,.5],[1,1.5]]],[[[1,.5],[.5,1]]],[[[.5,1],[1,.5]]],[[[1,1.5],[1,.5]]],[[[.5,1],[1,.5]],[[1.5,1],[1,1.5]]],[[[1.5,1],[1,.5]]],[[[.5,1],[1.5,1]]],[[[1,1.5],[1.5,1]]],[[[.5,1],[1,1.5]]],[]];function $a(){var n=1,e=1,t=Yp,i=l;function r(c){var u=t(c);if(Array.isArray(u))u=u.slice().sort(d_);else{let d=$p(c,v_);for(u=Ia(...qp(d[0],d[1],u),u);u[u.length-1]>=d[1];)u.pop();for(;u[1]<d[0];)u.shift()}return u.map(d=>s(c,d))}function s(c,u){let d=u==null?NaN:+u;if(isNaN(d))throw new Error(`invalid value: ${u}`);var h=[],f=[];return o(c,d,function(p){i(p,c,d),f_(p)>0?h.push([p]):f.push(p)}),f.forEach(function(p){for(var x=0,g=h.length,m;x<g;++x)if(p_((m=h[x])[0],p)!==-1){m.push(p);return}}),{type:"MultiPolygon",value:u,coordinates:h}}function o(c,u,d){var h=new Array,f=new Array,p,x,g,m,y,T;for(p=x=-1,m=nr(c[0],u),ei[m<<1].forEach(v);++p<n-1;)g=m,m=nr(c[p+1],u),ei[g|m<<1].forEach(v);for(ei[m<<0].forEach(v);++x<e-1;){for(p=-1,m=nr(c[x*n+n],u),y=nr(c[x*n],u),ei[m<<1|y<<2].forEach(v);++p<n-1;)g=m,m=nr(c[x*n+n+p+1],u),T=y,y=nr(c[x*n+p+1],u),ei[g|m<<1|y<<2|T<<3].forEach(v);ei[m|y<<3].forEach(v)}for(p=-1,y=c[x*n]>=u,ei[y<<2].forEach(v);++p<n-1;)T=y,y=nr(c[x*n+p+1],u),ei[y<<2|T<<3].forEach(v);ei[y<<3].forEach(v);function v(A){var w=[A[0][0]+p,A[0][1]+x],b=[A[1][0]+p,A[1][1]+x],S=a(w),D=a(b),C,P;(C=f[S])?(P=h[D])?(delete f[C.end],delete h[P.start],C===P?(C.ring.push(b),d(C.ring)):h[C.start]=f[P.end]={start:C.start,end:P.end,ring:C.ring.concat(P.ring)}):(delete f[C.end],C.ring.push(b),f[C.end=D]=C):(C=h[D])?(P=f[S])?(delete h[C.start],delete f[P.end],C===P?(C.ring.push(b),d(C.ring)):h[P.start]=f[C.end]={start:P.start,end:C.end,ring:P.ring.concat(C.ring)}):(delete h[C.start],C.ring.unshift(w),h[C.start=S]=C):h[S]=f[D]={start:S,end:D,ring:[w,b]}}}function a(c){return c[0]*2+c[1]*(n+1)*4}function l(c,u,d){c.forEach(function(h){var f=h[0],p=h[1],x=f|0,g=p|0,m=eh(u[g*n+x]);f>0&&f<n&&x===f&&(h[0]=Em(f,eh(u[g*n+x-1]),m,d)),p>0&&p<e&&g===p&&(h[1]=Em(p,eh(u[(g-1)*n+x]),m,d))})}return r.contour=s,r.size=function(c){if(!arguments.length)return[n,e];var u=Math.floor(c[0]),d=Math.floor(c[1]);if(!(u>=0&&d>=0))throw new Error("invalid size");return n=u,e=d,r},r.thresholds=function(c){return arguments.length?(t=typeof c=="function"?c:Array.isArray(c)?Tm(h_.call(c)):Tm(c),r):t},r.smooth=function(c){return arguments.length?(i=c?l:y_,r):i===l},r}function v_(n){return isFinite(n)?n:NaN}function nr(n,e){return n==null?!1:+n>=e}function eh(n){return n==null||isNaN(n=+n)?-1/0:n}function Em(n,e,t,i){let r=i-e,s=t-e,o=isFinite(r)||isFinite(s)?r/s:Math.sign(r)/Math.sign(s);return isNaN(o)?n:n+o-.5}function Xa(n,e,t,i){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2||i.length===0)return i.map(a=>({value:a,lines:[]}));let r=nh(n,e,t),s=$a().size([e,t]).smooth(!0),o=n;return i.map(a=>({value:a,lines:th(s.contour(o,a).coordinates,e,r)}))}function th(n,e,t,i=0){let r=[];for(let s of n)for(let o of s)__(o,e,t,r,.5+i);return r}function nh(n,e,t){let i=new Uint8Array(e*t);for(let s=0;s<i.length;s++)i[s]=Number.isFinite(n[s])?1:0;let r=new Uint8Array((e-1)*(t-1));for(let s=0;s<t-1;s++)for(let o=0;o<e-1;o++){let a=s*e+o;r[s*(e-1)+o]=i[a]&i[a+1]&i[a+e]&i[a+e+1]}return r}function __(n,e,t,i,r=.5){let s=t.length/(e-1),o=n.length;if(o>1&&n[0][0]===n[o-1][0]&&n[0][1]===n[o-1][1]&&o--,o<2)return;let a=new Array(o);for(let f=0;f<o;f++)a[f]=[n[f][0]-r,n[f][1]-r];let l=(f,p)=>f>=0&&p>=0&&f<e-1&&p<s&&t[p*(e-1)+f]===1,c=(f,p)=>{let x=(f[0]+p[0])/2,g=(f[1]+p[1])/2,m=Math.floor(x),y=Math.floor(g);return!(!l(m,y)||x===m&&!l(m-1,y)||g===y&&!l(m,y-1))},u=[],d=null,h=!0;for(let f=0;f<o;f++){let p=a[f],x=a[(f+1)%o];c(p,x)?(d||(d=[p],u.push(d)),d.push(x)):(h=!1,d=null)}if(!h&&u.length>1){let f=u[0],p=u[u.length-1];f[0]===a[0]&&p[p.length-1]===a[0]&&(u.pop(),u[0]=p.concat(f.slice(1)))}for(let f of u)i.push(f)}function M_(n,e,t){let i=Float64Array.from(n),r=e*t,s=[];for(let a=0;a<r;a++)Number.isFinite(i[a])||s.push(a);if(s.length===r)return i.fill(0);let o=new Uint8Array(r);for(let a=0;a<r;a++)o[a]=Number.isFinite(i[a])?1:0;for(;s.length>0;){let a=[],l=[];for(let c of s){let u=c%e,d=(c-u)/e,h=0,f=0;u>0&&o[c-1]&&(h+=i[c-1],f++),u<e-1&&o[c+1]&&(h+=i[c+1],f++),d>0&&o[c-e]&&(h+=i[c-e],f++),d<t-1&&o[c+e]&&(h+=i[c+e],f++),f>0?l.push([c,h/f]):a.push(c)}for(let[c,u]of l)i[c]=u,o[c]=1;s=a}return i}function Cm(n,e,t,i){let r=[e[0],...n,e[1]],s=l=>(i(r[l])+i(r[l+1]))/2,o=[],a=s(0);return t.below>0&&(a=0,o.push({value:e[0],t:s(0)})),n.forEach((l,c)=>o.push({value:l,t:s(c+1)})),t.above>0&&o.push({value:e[1],t:1}),{base:a,layers:o}}function Rm(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2)return{regions:i.map(x=>({value:x,polygons:[]})),lines:r.map(x=>({value:x,lines:[]}))};let s=M_(n,e,t),o=e+2,a=t+2,l=new Float64Array(o*a);for(let x=0;x<a;x++){let g=Math.min(Math.max(x-1,0),t-1);for(let m=0;m<o;m++)l[x*o+m]=s[g*e+Math.min(Math.max(m-1,0),e-1)]}let c=nh(n,e,t),u=$a().size([o,a]).smooth(!0),d=new Map,h=x=>{let g=d.get(x);return g||(g=u.contour(l,x).coordinates,d.set(x,g)),g},f=r.map(x=>({value:x,lines:th(h(x),e,c,1)}));return{regions:i.map(x=>({value:x,polygons:h(x).map(g=>g.map(m=>m.map(([y,T])=>[y-1.5,T-1.5])))})),lines:f}}var Pm=(n,e,t)=>Math.min(Math.max(n,e),t);function ih(n,e,t,i){if(i==="fill")return null;let r=Math.abs(n[1]-n[0]),s=Math.abs(e[1]-e[0]);return Pm(t&&r>0&&s>0?s/r:1,.25,4)}function Im(n,e,t,i,r){let s=Math.max(120,i.width),o=Math.max(120,i.height),a=ih(n,e,t,r)??Pm(o/s,.25,4),l=Math.min(s,o/a);return{width:Math.max(120,Math.floor(l)),height:Math.max(120,Math.floor(l*a))}}function rh(n,e){return{u0:-.5,u1:n-.5,v0:-.5,v1:e-.5}}function Nm(n,e){let t=1e-9*Math.max(1,e.u1-e.u0,e.v1-e.v0);return Math.abs(n.u0-e.u0)<t&&Math.abs(n.u1-e.u1)<t&&Math.abs(n.v0-e.v0)<t&&Math.abs(n.v1-e.v1)<t}function Lm(n,e,t,i){let r=Math.min(e-n,i-t);return n<t&&(n=t),n+r>i&&(n=i-r),[n,n+r]}function Dm(n,e){let[t,i]=Lm(n.u0,n.u1,e.u0,e.u1),[r,s]=Lm(n.v0,n.v1,e.v0,e.v1);return{u0:t,u1:i,v0:r,v1:s}}function qa(n,e,t,i,r,s=2){if(!(r>0)||!Number.isFinite(r))return n;let o=n.u1-n.u0,a=n.v1-n.v0,l=e.u1-e.u0,c=e.v1-e.v0,u=1/r,d=Math.max(Math.min(s,l)/o,Math.min(s,c)/a),h=Math.min(l/o,c/a);u=Math.min(Math.max(u,Math.min(d,1)),Math.max(h,1));let f=t-(t-n.u0)*u,p=i-(i-n.v0)*u;return Dm({u0:f,u1:f+o*u,v0:p,v1:p+a*u},e)}function Vr(n,e,t,i){return Dm({u0:n.u0+t,u1:n.u1+t,v0:n.v0+i,v1:n.v1+i},e)}function Fm(n,e,t){let i=e/(n.u1-n.u0),r=-t/(n.v1-n.v0);return[i,0,0,r,-i*n.u0,-r*n.v1]}function Ks(n,e,t,i,r){return[(i-n.u0)/(n.u1-n.u0)*e,(n.v1-r)/(n.v1-n.v0)*t]}function sh(n,e,t,i,r){return[n.u0+i/e*(n.u1-n.u0),n.v1-r/t*(n.v1-n.v0)]}function oh(n,e){if(n.length!==e.length)return!1;for(let t=0;t<n.length;t++)if(n[t]!==e[t]&&!(n[t]!==n[t]&&e[t]!==e[t]))return!1;return!0}var ah=14,S_=56,Ya=16,w_=60,Om=7,Si=class{constructor(){this.element=Z("div",{class:"tbl-colorbar","data-testid":"colorbar"});this.title=Z("div",{class:"tbl-colorbar-title"});this.canvas=Z("canvas",{class:"tbl-colorbar-bar"});this.svg=Re("svg",{class:"tbl-colorbar-axis"});this.body=Z("div",{class:"tbl-colorbar-body"},[this.canvas,this.svg]);this.note=Z("div",{class:"tbl-colorbar-note","data-testid":"colorbar-note",hidden:!0});this.painted="";this.element.append(this.title,this.body,this.note),this.svg.style.overflow="visible",this.note.style.cssText="color: var(--tbl-muted); font-size: 11px; max-width: 90px;"}empty(e,t="no finite values",i={}){let r=i.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,r-Ya)}px`,this.title.style.height=`${Ya}px`,this.title.textContent=e,this.body.hidden=!0,this.note.hidden=!1,this.note.textContent=t,this.svg.replaceChildren();let s=this.element.dataset;s.empty="true",s.ticks="",s.domain="",s.clip=""}draw(e,t,i,r={}){let s=r.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,s-Ya)}px`,this.title.style.height=`${Ya}px`,this.title.textContent=i,this.body.hidden=!1,this.note.hidden=!0,this.element.dataset.empty="false";let[o,a]=e.domain,l=`${o} ${a} ${e.scale} ${e.palette} ${t} ${window.devicePixelRatio}`;if(l!==this.painted){let g=vm(this.canvas,ah,t);for(let m=0;m<t;m++)g.fillStyle=yt(e.colorAt(1-(m+.5)/t)),g.fillRect(0,m,ah,1);this.painted=l}let c=Qn([o,a],e.scale,Math.max(jn,Math.round(t/w_))),u=g=>a>o?(1-e.position(g))*t:t/2;this.svg.setAttribute("width",String(S_)),this.svg.setAttribute("height",String(t+2));let d=[Cn({side:"right",x:.5,y:.5,length:t,ticks:c.map(g=>({pos:u(g.value),label:g.label}))})],h=-ah-.5,f=-.5,p=(h+f)/2,x=r.clip??{below:0,above:0};x.above>0&&d.push(Re("polygon",{class:"tbl-clip-mark","data-end":"above",points:`${h},-1.5 ${f},-1.5 ${p},${-1.5-Om}`,fill:yt(e.colorAt(1))})),x.below>0&&d.push(Re("polygon",{class:"tbl-clip-mark","data-end":"below",points:`${h},${t+1.5} ${f},${t+1.5} ${p},${t+1.5+Om}`,fill:yt(e.colorAt(0))})),this.svg.replaceChildren(...d),this.element.dataset.ticks=c.map(g=>g.label).join(" "),this.element.dataset.domain=`${o} ${a}`,this.element.dataset.scale=e.scale,this.element.dataset.clip=[x.below>0?"below":"",x.above>0?"above":""].filter(Boolean).join(" ")}};var Nt={top:26,right:8,bottom:44,left:64},A_=78;function T_(n,e){return{width:n.width-Nt.left-Nt.right-(e?A_:0),height:n.height-Nt.top-Nt.bottom}}var E_=10,C_=8,R_=.002,Um=1.25,Bm=.1,lh=2,zm=`
.tbl-plot:focus { outline: none; }
.tbl-plot:focus-visible { outline: 2px solid var(--tbl-accent); outline-offset: 2px; }
.tbl-plot.tbl-grabbing { cursor: grabbing; }
.tbl-path-overlay { position: absolute; display: block; pointer-events: none; }
.tbl-clip-mark { stroke: var(--tbl-muted); stroke-width: 1; stroke-linejoin: round; }
.tbl-path-swatch { display: inline-block; width: 28px; height: 6px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.5); }
.tbl-ring-mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 2px solid #ffffff; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.75); margin-left: 6px; }
.tbl-series-swatch { display: inline-block; width: 18px; border-top: 2px solid; }
.tbl-curve-series { fill: none; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.tbl-curve-series-dot { stroke: none; }
.tbl-curve-hover line { stroke: var(--tbl-muted); stroke-dasharray: 3 3; }
.tbl-curve-hover circle { stroke: var(--tbl-bg); stroke-width: 1.5; }
.tbl-path-line { fill: none; stroke: rgba(0, 0, 0, 0.55); stroke-width: 1.5; }
.tbl-path-point { stroke: rgba(0, 0, 0, 0.75); stroke-width: 1; }
.tbl-path-current { stroke: #ffffff; stroke-width: 2; }
.tbl-curve-svg:focus { outline: none; }
`,km=new WeakMap,P_=1;function I_(n){let e=km.get(n);return e===void 0&&(e=P_++,km.set(n,e)),e}var Gr=null;function L_(n){if(!Gr){Gr=document.createElement("canvas"),Gr.width=Gr.height=8;let e=Gr.getContext("2d");if(!e)return null;e.strokeStyle="rgba(255, 255, 255, 0.9)",e.lineWidth=1.5,e.beginPath();for(let t of[-8,0,8])e.moveTo(t,8),e.lineTo(t+8,0);e.stroke()}return n.createPattern(Gr,"repeat")}function N_(n){let e=new Path2D,t=0;for(let{lines:i}of n)for(let r of i){t++,e.moveTo(r[0][0],r[0][1]);for(let s=1;s<r.length;s++)e.lineTo(r[s][0],r[s][1])}return{path:e,count:t}}function D_(n){let e=new Path2D;for(let t of n)for(let i of t)if(!(i.length<3)){e.moveTo(i[0][0],i[0][1]);for(let r=1;r<i.length;r++)e.lineTo(i[r][0],i[r][1]);e.closePath()}return e}function ch(n,e,t,i){(n.width!==t||n.height!==i)&&(n.width=t,n.height=i);let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");r.putImageData(new ImageData(e,t,i),0,0)}var Ka=class{constructor(){this.element=Z("div",{class:"tbl-heatmap"});this.figure=Z("div",{class:"tbl-figure"});this.axes=Re("svg",{class:"tbl-axes"});this.canvas=Z("canvas",{"data-testid":"heatmap",class:"tbl-plot",tabindex:0,role:"img","aria-label":"loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset"});this.overlay=Z("canvas",{"data-testid":"path-overlay",class:"tbl-path-overlay"});this.colorbar=new Si;this.readout=Z("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=Z("div");this.image=document.createElement("canvas");this.mask=document.createElement("canvas");this.marked=document.createElement("canvas");this.hatchLayer=document.createElement("canvas");this.markedBuffer=null;this.cmapCache=null;this.frame=null;this.opts=null;this.content=null;this.width=0;this.height=0;this.grid=null;this.full=rh(1,1);this.win=this.full;this.path=[];this.spread=null;this.pathRgb=[];this.pathPixels=[];this.hoverPath=-1;this.lastMouse=null;this.drag=null;this.endDrag=null;this.cleanups=[];this.figure.append(this.axes,this.canvas,this.overlay),this.element.append(Z("div",{class:"tbl-row"},[this.figure,this.colorbar.element]),this.readout,this.legendSlot),this.overlay.style.pointerEvents="none",this.overlay.style.position="absolute",this.listen(this.canvas,"mousemove",e=>this.onHover(e)),this.listen(this.canvas,"mouseleave",()=>{this.lastMouse=null,this.readout.textContent=" ",this.setHoverPath(-1)}),this.listen(this.canvas,"mousedown",e=>this.onDragStart(e)),this.listen(this.canvas,"wheel",e=>this.onWheel(e),{passive:!1}),this.listen(this.canvas,"dblclick",e=>{e.preventDefault(),this.resetView()}),this.listen(this.canvas,"keydown",e=>this.onKey(e)),this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();if(e.header.dims!==2||e.header.axes.length<2)throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");this.frame=e,this.opts=t;let{nx:r,ny:s}=e,[o,a]=e.header.axes,l=o.coords,c=a.coords,u=this.grid;(!u||u.nx!==r||u.ny!==s||!oh(u.xs,l)||!oh(u.ys,c))&&(this.grid={nx:r,ny:s,xs:l,ys:c},this.full=rh(r,s),this.win=this.full);let d=o.unit===a.unit,h=t.fit?Im(_i(l),_i(c),d,T_(t.fit,t.colorbar),t.aspect):om(_i(l),_i(c),d,t.maxSide);this.colorbar.element.hidden=!t.colorbar,this.width=h.width,this.height=h.height;let f=[I_(e),t.metric,t.scale,t.palette,t.style,t.domain?t.domain.join(","):"auto"].join("|");(!this.content||this.content.key!==f)&&(this.content=this.compute(e,t,f));let p=this.content;this.path=t.path?Or(e.header.trajectory):[],this.spread=Br(this.path,l,c),this.pathRgb=Ys(this.path.length),this.hoverPath=-1;let x=Nt.left+this.width+Nt.right,g=Nt.top+this.height+Nt.bottom;this.figure.style.width=`${x}px`,this.figure.style.height=`${g}px`;for(let b of[this.canvas,this.overlay])b.style.left=`${Nt.left}px`,b.style.top=`${Nt.top}px`;this.axes.setAttribute("width",String(x)),this.axes.setAttribute("height",String(g));let y=e.header.metrics[t.metric]+(t.scale==="log"?" (log)":"");p.domain?this.colorbar.draw(p.cmap,this.height,y,{top:Nt.top,clip:p.clip}):this.colorbar.empty(y,"no finite values",{top:Nt.top});let[T,v]=e.header.center,A=this.path.length;this.legendSlot.replaceChildren(kr(p.counts,{hatched:!0,note:t.style==="filled"?"not coloured, no bands":"not coloured, no contours",center:{text:`centre (${Ye(T)}, ${Ye(v)})`,mark:"cross"},clip:{...p.clip,low:p.cmap.colorAt(0),high:p.cmap.colorAt(1)},path:A>0?{count:A,first:this.path[0].step,last:this.path[A-1].step,early:this.pathRgb[0],late:this.pathRgb[A-1],tiny:zr(this.spread,2,e.header.method)}:null})),this.render(),this.refreshReadout();let w=this.element.dataset;w.levels=p.levels.join(" "),w.pathPoints=String(A),w.pathSpread=this.spread?String(this.spread.fraction):"",w.style=t.style,w.scale=t.scale,w.palette=t.palette,w.drawMs=(performance.now()-i).toFixed(1)}compute(e,t,i){let{nx:r,ny:s}=e,o=zt(e,t.metric),a=Fr(o,t.domain,t.scale),l=a??[0,1],c=this.cmapCache,u=c&&c.domain[0]===l[0]&&c.domain[1]===l[1]&&c.scale===t.scale&&c.palette===t.palette?c:new gn(l,{scale:t.scale,palette:t.palette});this.cmapCache=u;let d=a?Fa(a,t.scale,E_):[],h=a?vi(o,a):{below:0,above:0},f=Rp(o,r,s,u,this.buffers);this.buffers={rgba:f.rgba,mask:f.mask},ch(this.image,f.rgba,r,s),f.nonFinite>0&&ch(this.mask,f.mask,r,s);let p=null,x;if(t.style==="filled"&&a){let y=Cm(d,a,h,A=>u.position(A)),{regions:T,lines:v}=Rm(o,r,s,y.layers.map(A=>A.value),d);if(p={base:yt(u.colorAt(y.base)),layers:T.map((A,w)=>({path:D_(A.polygons),color:yt(u.colorAt(y.layers[w].t))}))},x=v,f.nonFinite>0){let A=this.markedBuffer&&this.markedBuffer.length===f.rgba.length?this.markedBuffer:new Uint8ClampedArray(f.rgba.length);A.set(f.rgba);for(let w=3;w<A.length;w+=4)A[w]=f.mask[w];this.markedBuffer=A,ch(this.marked,A,r,s)}}else x=Xa(o,r,s,d);let{path:g,count:m}=N_(x);return{key:i,nx:r,ny:s,domain:a,cmap:u,levels:d,lines:g,lineCount:m,bands:p,counts:Rr(o),nonFinite:f.nonFinite,clip:h}}render(){let e=this.content,t=this.frame;if(!e||!t)return;let{width:i,height:r,win:s}=this,{nx:o,ny:a}=e,l=tr(this.canvas,i,r),c=new DOMMatrix(Fm(s,i,r)),u=[s.u0+.5,a-.5-s.v1,s.u1-s.u0,s.v1-s.v0],d=Math.min(i/(s.u1-s.u0),r/(s.v1-s.v0));if(e.bands){l.fillStyle=e.bands.base,l.fillRect(0,0,i,r);for(let v of e.bands.layers){let A=new Path2D;A.addPath(v.path,c),l.fillStyle=v.color,l.fill(A,"evenodd")}e.nonFinite>0&&(l.imageSmoothingEnabled=!1,l.drawImage(this.marked,...u,0,0,i,r))}else l.imageSmoothingEnabled=d<1,l.drawImage(this.image,...u,0,0,i,r);if(e.nonFinite>0&&this.hatch(l,u),e.lineCount>0){let v=new Path2D;v.addPath(e.lines,c),l.save(),l.lineJoin="round",l.lineCap="round",e.bands?(l.strokeStyle="rgba(0, 0, 0, 0.3)",l.lineWidth=.75,l.stroke(v)):e.cmap.palette==="diverging"?(l.strokeStyle="rgba(0, 0, 0, 0.45)",l.lineWidth=1,l.stroke(v)):(l.strokeStyle="rgba(0, 0, 0, 0.35)",l.lineWidth=2.5,l.stroke(v),l.strokeStyle="rgba(255, 255, 255, 0.85)",l.lineWidth=1,l.stroke(v)),l.restore()}let[h,f]=t.header.axes,p=h.coords,x=f.coords,[g,m]=t.header.center,[y,T]=Ks(s,i,r,En(p,g),En(x,m));F_(l,y,T),this.pathPixels=this.path.map(v=>Ks(s,i,r,En(p,v.x),En(x,v.y))),this.paintOverlay(),this.renderAxes(),this.updateZoomDataset()}hatch(e,t){let i=this.hatchLayer;(i.width!==this.canvas.width||i.height!==this.canvas.height)&&(i.width=this.canvas.width,i.height=this.canvas.height);let r=i.getContext("2d");if(!r)return;r.globalCompositeOperation="source-over",r.clearRect(0,0,i.width,i.height),r.imageSmoothingEnabled=!1,r.drawImage(this.mask,...t,0,0,i.width,i.height);let s=L_(r);s&&(r.globalCompositeOperation="source-in",r.fillStyle=s,r.fillRect(0,0,i.width,i.height),r.globalCompositeOperation="source-over",e.drawImage(i,0,0,this.width,this.height))}paintOverlay(){this.overlay.hidden=this.pathPixels.length===0;let e=tr(this.overlay,this.width,this.height);wm(e,this.pathPixels,this.pathRgb,this.hoverPath)}renderAxes(){let e=this.frame;if(!e)return;let{width:t,height:i,win:r}=this,[s,o]=e.header.axes,a=s.coords,l=o.coords,c=[on(a,r.u0),on(a,r.u1)],u=[on(l,r.v0),on(l,r.v1)],d=_t(c,Math.max(2,Math.round(t/80))).map(p=>({pos:Ks(r,t,i,En(a,p.value),0)[0],label:p.label})),h=_t(u,Math.max(2,Math.round(i/60))).map(p=>({pos:Ks(r,t,i,0,En(l,p.value))[1],label:p.label})),f=e.header.method;this.axes.replaceChildren(Re("rect",{class:"tbl-frame",x:Nt.left-.5,y:Nt.top-.5,width:t+1,height:i+1}),Cn({side:"bottom",x:Nt.left,y:Nt.top+i+.5,length:t,ticks:d,title:Jn(s,f),titleOffset:36}),Cn({side:"left",x:Nt.left-.5,y:Nt.top,length:i,ticks:h,title:Jn(o,f),titleOffset:52}))}updateZoomDataset(){let e=this.grid;if(!e)return;let t=this.win;this.element.dataset.zoom=[on(e.xs,t.u0),on(e.xs,t.u1),on(e.ys,t.v0),on(e.ys,t.v1)].join(" "),this.element.dataset.zoomed=String(!Nm(t,this.full))}setWindow(e){this.win=e,this.render(),this.refreshReadout()}listen(e,t,i,r){e.addEventListener(t,i,r),this.cleanups.push(()=>e.removeEventListener(t,i,r))}local(e){let t=this.canvas.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}setHoverPath(e){e!==this.hoverPath&&(this.hoverPath=e,this.content&&this.paintOverlay())}onHover(e){this.drag||(this.lastMouse=this.local(e),this.refreshReadout())}refreshReadout(){let e=this.frame,t=this.content;if(!e||!t||!this.lastMouse){this.readout.textContent=" ";return}let[i,r]=this.lastMouse,s=Ba(this.pathPixels,i,r,C_);if(this.setHoverPath(s),s>=0){this.readout.textContent=Va(this.path[s],2,s===this.path.length-1,this.spread);return}let{nx:o,ny:a}=t,[l,c]=sh(this.win,this.width,this.height,i,r),u=Math.min(o-1,Math.max(0,Math.round(l))),d=Math.min(a-1,Math.max(0,Math.round(c))),[h,f]=e.header.axes,p=e.header.metrics.map((x,g)=>`${x} = ${Ye(e.values[(g*a+d)*o+u])}`).join(", ");this.readout.textContent=`${h.label||"x"} = ${Ye(on(h.coords,u))}, ${f.label||"y"} = ${Ye(on(f.coords,d))}: ${p}`}onWheel(e){if(!this.content)return;e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?400:1,i=Math.exp(-e.deltaY*t*R_),[r,s]=this.local(e),[o,a]=sh(this.win,this.width,this.height,r,s);this.lastMouse=[r,s],this.setWindow(qa(this.win,this.full,o,a,i,lh))}onDragStart(e){if(e.button!==0||!this.content)return;let[t,i]=this.local(e);this.drag={x:t,y:i,win:this.win,moved:!1},this.canvas.classList.add("tbl-grabbing");let r=o=>{let a=this.drag;if(!a)return;let[l,c]=this.local(o);if(!a.moved&&Math.hypot(l-a.x,c-a.y)<3)return;a.moved=!0;let u=-((l-a.x)/this.width)*(a.win.u1-a.win.u0),d=(c-a.y)/this.height*(a.win.v1-a.win.v0);this.lastMouse=null,this.setWindow(Vr(a.win,this.full,u,d))},s=()=>{this.drag=null,this.endDrag=null,this.canvas.classList.remove("tbl-grabbing"),window.removeEventListener("mousemove",r),window.removeEventListener("mouseup",s)};this.endDrag?.(),window.addEventListener("mousemove",r),window.addEventListener("mouseup",s),this.endDrag=s}onKey(e){if(!this.content||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.win,i=(t.u0+t.u1)/2,r=(t.v0+t.v1)/2,s=(t.u1-t.u0)*Bm,o=(t.v1-t.v0)*Bm,a=null;switch(e.key){case"+":case"=":a=qa(t,this.full,i,r,Um,lh);break;case"-":case"_":a=qa(t,this.full,i,r,1/Um,lh);break;case"ArrowLeft":a=Vr(t,this.full,-s,0);break;case"ArrowRight":a=Vr(t,this.full,s,0);break;case"ArrowUp":a=Vr(t,this.full,0,o);break;case"ArrowDown":a=Vr(t,this.full,0,-o);break;case"0":a=this.full;break;default:return}e.preventDefault(),this.setWindow(a)}toPng(){return kn(this.element,e=>e===this.readout)}resetView(){this.win=this.full,this.content?this.setWindow(this.full):this.updateZoomDataset()}dispose(){for(let e of this.cleanups.splice(0))e();this.endDrag?.(),this.content=null,this.frame=null}};function F_(n,e,t){n.save(),n.lineCap="round",n.beginPath(),n.moveTo(e-7,t),n.lineTo(e+7,t),n.moveTo(e,t-7),n.lineTo(e,t+7),n.strokeStyle="rgba(0, 0, 0, 0.8)",n.lineWidth=4,n.stroke(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.restore()}function uh(n){return n==null?NaN:typeof n=="number"?n:Number(n)}function Vm(n,e){return n[e].map(t=>n.groups.map((i,r)=>uh(t[r])))}function hh(n,e,t){let i=n.groups.map((s,o)=>uh(n[t][e]?.[o])),r=n.groups.map((s,o)=>t==="trace"?uh(n.trace_std_error[e]?.[o]):NaN);return{groups:[...n.groups],values:i,errors:r}}function Za(n,e){return Number.isFinite(n)&&(e==="linear"||n>0)}function Gm(n,e,t){let i=[];n.forEach((l,c)=>{if(!Za(l,t))return;i.push(l);let u=e[c];Number.isFinite(u)&&u>0&&i.push(l+u,l-u)});let r=i.filter(l=>Za(l,t));if(r.length===0)return null;let s=Math.min(...r),o=Math.max(...r);if(t==="log")return[s/2,o*2];if(s=Math.min(0,s),o=Math.max(0,o),s===o)return[s-1,o+1];let a=(o-s)*.05;return[s<0?s-a:0,o>0?o+a:0]}function Hm(n,e){let t=1/0,i=-1/0;for(let r of n)for(let s of r)Za(s,e)&&(s<t&&(t=s),s>i&&(i=s));return i>=t?t===i?e==="log"?[t/2,i*2]:[t-1,i+1]:[t,i]:null}function wi(n,e,t){if(!Za(n,t))return NaN;let[i,r]=e,s=t==="log"?(Math.log(n)-Math.log(i))/(Math.log(r)-Math.log(i)):(n-i)/(r-i);return s<0?0:s>1?1:s}function Wm(n,e,t,i,r,s){let o=i==="trace"?"trace":"top eigenvalue",a=u=>Number.isFinite(u)?String(Number(u.toPrecision(4))):u!==u?"not measured":String(u),l=i==="trace"&&Number.isFinite(s)?` ± ${a(s)}`:"",c=e!==void 0?` (${e} parameters)`:"";return`${n}${c} · step ${t} · ${o} ${a(r)}${l}`}function Ja(n){let e=getComputedStyle(n),t=(i,r)=>e.getPropertyValue(i).trim()||r;return{fg:t("--tbl-fg","#212121"),muted:t("--tbl-muted","#616161"),bg:t("--tbl-bg","#ffffff"),border:t("--tbl-border","#e0e0e0"),accent:t("--tbl-accent","#f57c00"),line:t("--tbl-line","#1976d2")}}function ir(n,e,t){return e>=n.x&&e<=n.x+n.w&&t>=n.y&&t<=n.y+n.h}var Hr="11px Roboto, Helvetica, Arial, sans-serif";function Wr(n,e,t,i,r){if(n.save(),n.strokeStyle=t.border,n.lineWidth=1,n.strokeRect(e.x+.5,e.y+.5,e.w,e.h),n.fillStyle=t.fg,n.font=Hr,i){n.textAlign="center",n.textBaseline="top";for(let s of i.ticks){let o=i.at(s.value);o<e.x-1||o>e.x+e.w+1||(n.fillRect(o,e.y+e.h,1,4),n.fillText(s.label,o,e.y+e.h+6))}n.fillStyle=t.muted,n.fillText(i.title,e.x+e.w/2,e.y+e.h+22),n.fillStyle=t.fg}if(r){n.textAlign="right",n.textBaseline="middle";for(let s of r.ticks){let o=r.at(s.value);o<e.y-1||o>e.y+e.h+1||(n.fillRect(e.x-4,o,4,1),n.fillText(s.label,e.x-6,o))}n.save(),n.translate(e.x-44,e.y+e.h/2),n.rotate(-Math.PI/2),n.textAlign="center",n.fillStyle=t.muted,n.fillText(r.title,0,0),n.restore()}n.restore()}function Zs(n,e,t,i,r,s){n.save(),n.beginPath(),n.rect(e,t,i,r),n.clip(),n.strokeStyle=s.muted,n.globalAlpha=.5,n.lineWidth=1;for(let o=-r;o<i;o+=5)n.beginPath(),n.moveTo(e+o,t+r),n.lineTo(e+o+r,t),n.stroke();n.restore()}var O_=new gn([0,1]);function Js(n){let[e,t,i]=O_.colorAt(n);return`rgb(${e},${t},${i})`}function ja(n,e,t,i,r,s){for(let o=0;o<e.h;o++)n.fillStyle=Js(1-o/Math.max(1,e.h-1)),n.fillRect(e.x,e.y+o,e.w,1);n.save(),n.strokeStyle=t.border,n.strokeRect(e.x+.5,e.y+.5,e.w,e.h),n.fillStyle=t.fg,n.font=Hr,n.textAlign="left",n.textBaseline="middle";for(let o of i){let a=r(o.value);if(!(a>=0&&a<=1))continue;let l=e.y+(1-a)*e.h;n.fillRect(e.x+e.w,l,3,1),n.fillText(o.label,e.x+e.w+5,l)}n.fillStyle=t.muted,n.textAlign="center",n.textBaseline="bottom",n.fillText(s,e.x+e.w/2,e.y-4),n.restore()}function $m(n,e,t){if(n.measureText(e).width<=t)return e;let i=e;for(;i.length>1&&n.measureText(`…${i}`).width>t;)i=i.slice(1);return`…${i}`}var dh={trace:"Hessian trace",top_eigenvalue:"top eigenvalue"};function U_(n,e,t){let r=Math.min(170,Math.max(70,n*.16)),s=Math.max(8,Math.min(34,(e-26-48)/Math.max(1,t))),o=s*t,a=n-r-90,l=Math.max(120,a*.4),c=r+l+24,u=Math.max(80,n-c-70);return{labels:{x:0,y:26,w:r-6,h:o},bars:{x:r,y:26,w:l,h:o},heat:{x:c,y:26,w:u,h:o},bar:{x:c+u+12,y:26,w:12,h:o},rowH:s}}var js=class{constructor(){this.element=Z("div",{class:"tbl-chart","data-testid":"layers-chart"});this.canvas=Z("canvas",{"data-testid":"layers-canvas"});this.readout=Z("div",{class:"tbl-readout","data-testid":"layers-readout"});this.data=null;this.opts=null;this.box=null;this.cleanups=[];this.element.append(this.canvas,this.readout);let e=i=>this.hover(i),t=i=>this.click(i);this.canvas.addEventListener("mousemove",e),this.canvas.addEventListener("click",t),this.cleanups.push(()=>this.canvas.removeEventListener("mousemove",e),()=>this.canvas.removeEventListener("click",t))}draw(e,t){this.data=e,this.opts=t;let i=this.box=U_(t.width,t.height,e.groups.length),r=tr(this.canvas,t.width,i.bars.y+i.bars.h+46),s=Ja(this.element);r.font=Hr,r.fillStyle=s.fg,r.textAlign="right",r.textBaseline="middle",e.groups.forEach((o,a)=>r.fillText($m(r,o,i.labels.w),i.labels.x+i.labels.w,i.labels.y+(a+.5)*i.rowH)),this.drawBars(r,s),this.drawHeat(r,s),this.readout.textContent||(this.readout.textContent="Hover a bar or a cell for its value.")}drawBars(e,t){let i=this.data,r=this.opts,s=this.box,o=s.bars,a=hh(i,r.index,r.measure),l=Gm(a.values,a.errors,r.scale)??[0,1],c=h=>o.x+wi(h,l,r.scale)*o.w,u=r.scale==="log"?o.x:c(0);a.values.forEach((h,f)=>{let p=o.y+f*s.rowH+s.rowH*.15,x=s.rowH*.7,g=wi(h,l,r.scale);if(Number.isNaN(g))return Zs(e,o.x+1,p,o.w-2,x,t);e.fillStyle=t.line;let m=o.x+g*o.w;e.fillRect(Math.min(u,m),p,Math.max(1,Math.abs(m-u)),x);let y=a.errors[f];if(Number.isFinite(y)&&y>0){let T=r.scale==="log"&&h-y<=0?o.x:c(h-y),v=c(h+y);e.strokeStyle=t.fg,e.beginPath(),e.moveTo(T,p+x/2),e.lineTo(v,p+x/2);for(let A of[T,v])e.moveTo(A,p+x*.2),e.lineTo(A,p+x*.8);e.stroke()}});let d=i.steps[r.index];Wr(e,o,t,{ticks:Qn(l,r.scale,4),at:c,title:`${dh[r.measure]}${r.scale==="log"?" (log)":""}`},null),e.fillStyle=t.fg,e.textAlign="left",e.textBaseline="bottom",e.fillText(`${dh[r.measure]} at step ${d}${r.measure==="trace"?" (± standard error)":""}`,o.x,o.y-6)}drawHeat(e,t){let i=this.data,r=this.opts,s=this.box,o=s.heat,a=Vm(i,r.measure),l=Hm(a,r.scale)??[0,1],c=i.steps.length,u=o.w/Math.max(1,c);a.forEach((h,f)=>h.forEach((p,x)=>{let g=wi(p,l,r.scale),m=o.x+f*u,y=o.y+x*s.rowH;if(Number.isNaN(g))return Zs(e,m,y,u,s.rowH,t);e.fillStyle=Js(g),e.fillRect(m,y,Math.ceil(u),Math.ceil(s.rowH))})),e.strokeStyle=t.accent,e.lineWidth=2,e.strokeRect(o.x+r.index*u+1,o.y+1,u-2,o.h-2),e.lineWidth=1;let d=_t([0,Math.max(0,c-1)],Math.min(6,c)).filter(h=>Number.isInteger(h.value)).map(h=>({value:h.value,label:String(i.steps[h.value])}));Wr(e,o,t,{ticks:d,at:h=>o.x+(h+.5)*u,title:"training step"},null),e.fillStyle=t.fg,e.textAlign="left",e.textBaseline="bottom",e.fillText(`${dh[r.measure]} over training (group x step)`,o.x,o.y-6),ja(e,s.bar,t,Qn(l,r.scale,4),h=>wi(h,l,r.scale),"")}cellAt(e){let{data:t,opts:i,box:r}=this;if(!t||!i||!r)return null;let s=this.canvas.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top,l=Math.floor((a-r.bars.y)/r.rowH);return l<0||l>=t.groups.length?null:ir(r.bars,o,a)||ir(r.labels,o,a)?{i:i.index,k:l,bars:!0}:ir(r.heat,o,a)?{i:Math.min(t.steps.length-1,Math.floor((o-r.heat.x)/r.heat.w*t.steps.length)),k:l,bars:!1}:null}hover(e){let t=this.cellAt(e);if(!t||!this.data||!this.opts)return;let i=this.data,r=hh(i,t.i,this.opts.measure);this.readout.textContent=Wm(i.groups[t.k],i.sizes[t.k],i.steps[t.i],this.opts.measure,r.values[t.k],r.errors[t.k])}click(e){let t=this.cellAt(e);t&&!t.bars&&this.opts?.onStep?.(t.i)}toPng(){return kn(this.element,e=>e===this.readout)}resetView(){}dispose(){this.cleanups.forEach(e=>e())}};function fh(n){return n/Math.LN10}function Xm(n){let e=1/0,t=-1/0;for(let i of n){let r=i.grid;r.length&&(e=Math.min(e,r[0]),t=Math.max(t,r[r.length-1]));for(let s of[...i.outliers,i.top_eigenvalue??NaN])Number.isFinite(s)&&(e=Math.min(e,s),t=Math.max(t,s))}return t>e?[e,t]:t===e&&Number.isFinite(e)?[e-1,t+1]:null}function qm(n){let e=-1/0;for(let t of n)for(let i of t.log_density)Number.isFinite(i)&&(e=Math.max(e,fh(i)));return Number.isFinite(e)?[e-8,e+.25]:null}function Ym(n,e){let t=n.length;if(t===0)return-1;let i=0,r=t-1;for(;r-i>1;){let s=i+r>>1;n[s]<=e?i=s:r=s}return Math.abs(n[i]-e)<=Math.abs(n[r]-e)?i:r}function Km(n,e){let t=n.grid,i=n.log_density,r=new Float64Array(e.length).fill(NaN);if(t.length<2)return r;let s=0;return e.forEach((o,a)=>{if(!(o>=t[0]&&o<=t[t.length-1]))return;for(;s<t.length-2&&t[s+1]<o;)s++;for(;s>0&&t[s]>o;)s--;let l=(o-t[s])/(t[s+1]-t[s]);r[a]=fh(i[s]+l*(i[s+1]-i[s]))}),r}function Zm(n,e){let[t,i]=n;return Array.from({length:e},(r,s)=>e===1?t:t+(i-t)*s/(e-1))}function Jm(n,e){let t=n.grid[e],i=fh(n.log_density[e]),r=s=>String(Number(s.toPrecision(4)));return`step ${n.step} · eigenvalue ${r(t)} · density 10^${i.toFixed(2)}`}function ph(n){return n.top_eigenvalue!==null&&Number.isFinite(n.top_eigenvalue)?n.top_eigenvalue:n.outliers.length?Math.max(...n.outliers):NaN}var B_=190;function k_(n,e){let t=Math.max(200,n-B_-70),i=Math.max(120,(e-120)*.45),r=24+i+60,s=Math.max(80,e-r-44);return{line:{x:60,y:24,w:t,h:i},heat:{x:60,y:r,w:t,h:s},bar:{x:60+t+12,y:r,w:12,h:s}}}var Qs=class{constructor(){this.element=Z("div",{class:"tbl-chart tbl-spectrum","data-testid":"spectrum-chart"});this.canvas=Z("canvas",{"data-testid":"spectrum-canvas"});this.side=Z("div",{class:"tbl-side","data-testid":"spectrum-side"});this.readout=Z("div",{class:"tbl-readout","data-testid":"spectrum-readout"});this.data=null;this.opts=null;this.box=null;this.eig=[0,1];this.cleanups=[];let e=Z("div",{class:"tbl-chart-row"},[this.canvas,this.side]);this.element.append(e,this.readout);let t=r=>this.hover(r),i=r=>this.click(r);this.canvas.addEventListener("mousemove",t),this.canvas.addEventListener("click",i),this.cleanups.push(()=>this.canvas.removeEventListener("mousemove",t),()=>this.canvas.removeEventListener("click",i))}draw(e,t){this.data=e,this.opts=t;let i=this.box=k_(t.width,t.height);this.eig=Xm(e.steps)??[0,1];let r=tr(this.canvas,i.bar.x+60,i.heat.y+i.heat.h+40),s=Ja(this.element),o=qm(e.steps)??[0,1];this.drawLine(r,s,o),this.drawHeat(r,s,o),this.drawSide(e.steps[t.index]),this.readout.textContent||(this.readout.textContent="Hover the curve or the heatmap for eigenvalue and density.")}x(e){let t=this.box.line;return t.x+(e-this.eig[0])/(this.eig[1]-this.eig[0])*t.w}drawLine(e,t,i){let r=this.data,s=this.opts,a=this.box.line,l=r.steps[s.index],c=h=>a.y+(1-Math.max(0,Math.min(1,(h-i[0])/(i[1]-i[0]))))*a.h;e.save(),e.beginPath(),e.rect(a.x,a.y,a.w,a.h),e.clip(),e.strokeStyle=t.line,e.lineWidth=1.5,e.beginPath(),l.grid.forEach((h,f)=>{let p=c(l.log_density[f]/Math.LN10);f===0?e.moveTo(this.x(h),p):e.lineTo(this.x(h),p)}),e.stroke();let u=ph(l);if(Number.isFinite(u)&&(e.strokeStyle=t.accent,e.setLineDash([4,3]),e.beginPath(),e.moveTo(this.x(u),a.y),e.lineTo(this.x(u),a.y+a.h),e.stroke(),e.setLineDash([])),s.outliers)for(let h of l.outliers)this.triangle(e,this.x(h),a.y+a.h-1,t.accent);e.restore();let d=_t(this.eig,6);Wr(e,a,t,{ticks:d,at:h=>this.x(h),title:"eigenvalue"},{ticks:_t(i,5).map(h=>({value:h.value,label:`1e${h.label}`})),at:c,title:"density (log)"}),e.fillStyle=t.fg,e.font=Hr,e.textAlign="left",e.textBaseline="bottom",e.fillText(`eigenvalue density at step ${l.step}${s.outliers?" · ▲ outliers":""} · dashed: top eigenvalue`,a.x,a.y-6)}triangle(e,t,i,r){e.fillStyle=r,e.beginPath(),e.moveTo(t,i-9),e.lineTo(t-5,i),e.lineTo(t+5,i),e.closePath(),e.fill()}drawHeat(e,t,i){let r=this.data,s=this.opts,o=this.box,a=o.heat,l=r.steps.length,c=Math.max(2,Math.min(Math.round(a.w/2),400)),u=Zm(this.eig,c),d=a.w/c,h=a.h/Math.max(1,l);r.steps.forEach((p,x)=>{let g=Km(p,u),m=a.y+x*h;if(g.forEach((y,T)=>{Number.isNaN(y)||(e.fillStyle=Js(wi(y,i,"linear")),e.fillRect(a.x+T*d,m,Math.ceil(d)+.5,Math.ceil(h)+.5))}),s.outliers){e.fillStyle="#ffffff",e.strokeStyle="#000000";for(let y of p.outliers)e.beginPath(),e.arc(this.x(y),m+h/2,Math.max(2,Math.min(3.5,h/3)),0,2*Math.PI),e.fill(),e.stroke()}}),l===0&&Zs(e,a.x,a.y,a.w,a.h,t),e.strokeStyle=t.accent,e.lineWidth=2,e.strokeRect(a.x+1,a.y+s.index*h+1,a.w-2,Math.max(2,h-2)),e.lineWidth=1;let f=_t([0,Math.max(0,l-1)],Math.min(5,l)).filter(p=>Number.isInteger(p.value)).map(p=>({value:p.value,label:String(r.steps[p.value].step)}));Wr(e,a,t,{ticks:_t(this.eig,6),at:p=>this.x(p),title:"eigenvalue"},{ticks:f,at:p=>a.y+(p+.5)*h,title:"training step"}),e.fillStyle=t.fg,e.textAlign="left",e.textBaseline="bottom",e.fillText("log density over training (step x eigenvalue)",a.x,a.y-6),ja(e,o.bar,t,_t(i,4).map(p=>({value:p.value,label:`1e${p.label}`})),p=>wi(p,i,"linear"),"")}drawSide(e){let t=ph(e),i=[Z("div",{class:"tbl-side-title"},[`step ${e.step}`]),Z("div",{"data-testid":"top-eigenvalue"},[`top eigenvalue: ${Number.isFinite(t)?Ye(t):"not recorded"}`]),Z("div",{},[`outliers: ${e.outliers.length?e.outliers.map(Ye).join(", "):"none"}`]),Z("div",{},[`smoothing σ: ${Ye(e.sigma)}`]),Z("div",{},[`parameters: ${e.num_parameters}`])];this.side.replaceChildren(...i)}pointAt(e){let{data:t,opts:i,box:r}=this;if(!t||!i||!r||t.steps.length===0)return null;let s=this.canvas.getBoundingClientRect(),o=e.clientX-s.left,a=e.clientY-s.top,l=this.eig[0]+(o-r.line.x)/r.line.w*(this.eig[1]-this.eig[0]);return ir(r.line,o,a)?{i:i.index,x:l,heat:!1}:ir(r.heat,o,a)?{i:Math.min(t.steps.length-1,Math.floor((a-r.heat.y)/r.heat.h*t.steps.length)),x:l,heat:!0}:null}hover(e){let t=this.pointAt(e);if(!t||!this.data)return;let i=this.data.steps[t.i],r=i.grid;this.readout.textContent=t.x<r[0]||t.x>r[r.length-1]?`step ${i.step} · eigenvalue ${Ye(t.x)} · outside this step's spectrum`:Jm(i,Ym(r,t.x))}click(e){let t=this.pointAt(e);t&&t.heat&&this.opts?.onStep?.(t.i)}toPng(){return kn(this.element,e=>e===this.readout)}resetView(){}dispose(){this.cleanups.forEach(e=>e())}};var Oi={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Ui={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},Lg=0,$h=1,Ng=2;var Oo=1,Dg=2,ys=3,Bi=0,en=1,_n=2,dr=0,vs=1,Xh=2,qh=3,Yh=4,Fg=5;var fr=100,Og=101,Ug=102,Bg=103,kg=104,zg=200,Vg=201,Gg=202,Hg=203,Kh=204,Zh=205,Wg=206,$g=207,Xg=208,qg=209,Yg=210,Kg=211,Zg=212,Jg=213,jg=214,Tl=0,El=1,Cl=2,os=3,Rl=4,Pl=5,Il=6,Ll=7,rc=0,Qg=1,e0=2,Wn=0,Jh=1,jh=2,Qh=3,ed=4,td=5,nd=6,id=7;var rd=300,pr=301,_s=302,sc=303,oc=304,Nl=1e3,Vn=1001,Dl=1002,Ft=1003,t0=1004;var Uo=1005;var Jt=1006,ac=1007;var hi=1008;var rn=1009,sd=1010,od=1011,Ms=1012,lc=1013,Nn=1014,Mn=1015,Dn=1016,cc=1017,uc=1018,mr=1020,ad=35902,ld=35899,cd=1021,ud=1022,Fn=1023,ai=1026,di=1027,hc=1028,dc=1029,ki=1030,fc=1031;var pc=1033,Bo=33776,ko=33777,zo=33778,Vo=33779,mc=35840,gc=35841,bc=35842,xc=35843,yc=36196,vc=37492,_c=37496,Mc=37488,Sc=37489,Go=37490,wc=37491,Ac=37808,Tc=37809,Ec=37810,Cc=37811,Rc=37812,Pc=37813,Ic=37814,Lc=37815,Nc=37816,Dc=37817,Fc=37818,Oc=37819,Uc=37820,Bc=37821,kc=36492,zc=36494,Vc=36495,Gc=36283,Hc=36284,Ho=36285,Wc=36286;var uo=2300,Fl=2301,wl=2302,Oh=2303,Uh=2400,Bh=2401,kh=2402;var n0=3200;var $c=0,i0=1,fi="",Xt="srgb",ho="srgb-linear",fo="linear",at="srgb";var Al=7680;var r0=519,s0=512,o0=513,a0=514,hd=515,l0=516,c0=517,dd=518,fd=519,u0=35044,zi=35048;var pd="300 es",xn=2e3,as=2001;function z_(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function V_(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function po(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function h0(){let n=po("canvas");return n.style.display="block",n}var jm={},ls=null;function md(...n){let e="THREE."+n.shift();ls?ls("log",e,...n):console.log(e,...n)}function d0(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function Le(...n){n=d0(n);let e="THREE."+n.shift();if(ls)ls("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function Be(...n){n=d0(n);let e="THREE."+n.shift();if(ls)ls("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function ao(...n){let e=n.join(" ");e in jm||(jm[e]=!0,Le(...n))}function f0(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var p0={[Tl]:Tl,[Cl]:Il,[Rl]:Rl,[os]:Pl,[El]:El,[Il]:Cl,[Ll]:Ll,[Pl]:os},Ln=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,o=r.length;s<o;s++)r[s].call(this,e);e.target=null}}},Wt=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],Qm=1234567,lo=Math.PI/180,cs=180/Math.PI;function Ss(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Wt[n&255]+Wt[n>>8&255]+Wt[n>>16&255]+Wt[n>>24&255]+"-"+Wt[e&255]+Wt[e>>8&255]+"-"+Wt[e>>16&15|64]+Wt[e>>24&255]+"-"+Wt[t&63|128]+Wt[t>>8&255]+"-"+Wt[t>>16&255]+Wt[t>>24&255]+Wt[i&255]+Wt[i>>8&255]+Wt[i>>16&255]+Wt[i>>24&255]).toLowerCase()}function je(n,e,t){return Math.max(e,Math.min(t,n))}function gd(n,e){return(n%e+e)%e}function G_(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function H_(n,e,t){return n!==e?(t-n)/(e-n):0}function co(n,e,t){return(1-t)*n+t*e}function W_(n,e,t,i){return co(n,e,1-Math.exp(-t*i))}function $_(n,e=1){return e-Math.abs(gd(n,e*2)-e)}function X_(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function q_(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function Y_(n,e){return n+Math.floor(Math.random()*(e-n+1))}function K_(n,e){return n+Math.random()*(e-n)}function Z_(n){return n*(.5-Math.random())}function J_(n){n!==void 0&&(Qm=n);let e=Qm+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function j_(n){return n*lo}function Q_(n){return n*cs}function e1(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function t1(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function bd(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function n1(n,e,t,i,r){let s=Math.cos,o=Math.sin,a=s(t/2),l=o(t/2),c=s((e+i)/2),u=o((e+i)/2),d=s((e-i)/2),h=o((e-i)/2),f=s((i-e)/2),p=o((i-e)/2);switch(r){case"XYX":n.set(a*u,l*d,l*h,a*c);break;case"YZY":n.set(l*h,a*u,l*d,a*c);break;case"ZXZ":n.set(l*d,l*h,a*u,a*c);break;case"XZX":n.set(a*u,l*p,l*f,a*c);break;case"YXY":n.set(l*f,a*u,l*p,a*c);break;case"ZYZ":n.set(l*p,l*f,a*u,a*c);break;default:Le("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function xd(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function m0(n,e){if(e.constructor===Float32Array)return n;let t=xd(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function g0(n,e){if(e.constructor===Float32Array)return n;let t=xd(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var yd={DEG2RAD:lo,RAD2DEG:cs,generateUUID:Ss,clamp:je,euclideanModulo:gd,mapLinear:G_,inverseLerp:H_,lerp:co,damp:W_,pingpong:$_,smoothstep:X_,smootherstep:q_,randInt:Y_,randFloat:K_,randFloatSpread:Z_,seededRandom:J_,degToRad:j_,radToDeg:Q_,isPowerOfTwo:e1,ceilPowerOfTwo:t1,floorPowerOfTwo:bd,setQuaternionFromProperEuler:n1,normalize:g0,denormalize:m0},wd=class wd{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=je(this.x,e.x,t.x),this.y=je(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=je(this.x,e,t),this.y=je(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(je(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(je(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,o=this.y-e.y;return this.x=s*i-o*r+e.x,this.y=s*r+o*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};wd.prototype.isVector2=!0;var Ue=wd,un=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,o,a){let l=i[r+0],c=i[r+1],u=i[r+2],d=i[r+3],h=s[o+0],f=s[o+1],p=s[o+2],x=s[o+3];if(d!==x||l!==h||c!==f||u!==p){let g=l*h+c*f+u*p+d*x;g<0&&(h=-h,f=-f,p=-p,x=-x,g=-g);let m=1-a;if(g<.9995){let y=Math.acos(g),T=Math.sin(y);m=Math.sin(m*y)/T,a=Math.sin(a*y)/T,l=l*m+h*a,c=c*m+f*a,u=u*m+p*a,d=d*m+x*a}else{l=l*m+h*a,c=c*m+f*a,u=u*m+p*a,d=d*m+x*a;let y=1/Math.sqrt(l*l+c*c+u*u+d*d);l*=y,c*=y,u*=y,d*=y}}e[t]=l,e[t+1]=c,e[t+2]=u,e[t+3]=d}static multiplyQuaternionsFlat(e,t,i,r,s,o){let a=i[r],l=i[r+1],c=i[r+2],u=i[r+3],d=s[o],h=s[o+1],f=s[o+2],p=s[o+3];return e[t]=a*p+u*d+l*f-c*h,e[t+1]=l*p+u*h+c*d-a*f,e[t+2]=c*p+u*f+a*h-l*d,e[t+3]=u*p-a*d-l*h-c*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(i/2),u=a(r/2),d=a(s/2),h=l(i/2),f=l(r/2),p=l(s/2);switch(o){case"XYZ":this._x=h*u*d+c*f*p,this._y=c*f*d-h*u*p,this._z=c*u*p+h*f*d,this._w=c*u*d-h*f*p;break;case"YXZ":this._x=h*u*d+c*f*p,this._y=c*f*d-h*u*p,this._z=c*u*p-h*f*d,this._w=c*u*d+h*f*p;break;case"ZXY":this._x=h*u*d-c*f*p,this._y=c*f*d+h*u*p,this._z=c*u*p+h*f*d,this._w=c*u*d-h*f*p;break;case"ZYX":this._x=h*u*d-c*f*p,this._y=c*f*d+h*u*p,this._z=c*u*p-h*f*d,this._w=c*u*d+h*f*p;break;case"YZX":this._x=h*u*d+c*f*p,this._y=c*f*d+h*u*p,this._z=c*u*p-h*f*d,this._w=c*u*d-h*f*p;break;case"XZY":this._x=h*u*d-c*f*p,this._y=c*f*d-h*u*p,this._z=c*u*p+h*f*d,this._w=c*u*d+h*f*p;break;default:Le("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],o=t[1],a=t[5],l=t[9],c=t[2],u=t[6],d=t[10],h=i+a+d;if(h>0){let f=.5/Math.sqrt(h+1);this._w=.25/f,this._x=(u-l)*f,this._y=(s-c)*f,this._z=(o-r)*f}else if(i>a&&i>d){let f=2*Math.sqrt(1+i-a-d);this._w=(u-l)/f,this._x=.25*f,this._y=(r+o)/f,this._z=(s+c)/f}else if(a>d){let f=2*Math.sqrt(1+a-i-d);this._w=(s-c)/f,this._x=(r+o)/f,this._y=.25*f,this._z=(l+u)/f}else{let f=2*Math.sqrt(1+d-i-a);this._w=(o-r)/f,this._x=(s+c)/f,this._y=(l+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(je(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,o=e._w,a=t._x,l=t._y,c=t._z,u=t._w;return this._x=i*u+o*a+r*c-s*l,this._y=r*u+o*l+s*a-i*c,this._z=s*u+o*c+i*l-r*a,this._w=o*u-i*a-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,o=e._w,a=this.dot(e);a<0&&(i=-i,r=-r,s=-s,o=-o,a=-a);let l=1-t;if(a<.9995){let c=Math.acos(a),u=Math.sin(c);l=Math.sin(l*c)/u,t=Math.sin(t*c)/u,this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Ad=class Ad{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(eg.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(eg.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,o=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*o,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*o,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*o,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*r-a*i),u=2*(a*t-s*r),d=2*(s*i-o*t);return this.x=t+l*c+o*d-a*u,this.y=i+l*u+a*c-s*d,this.z=r+l*d+s*u-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=je(this.x,e.x,t.x),this.y=je(this.y,e.y,t.y),this.z=je(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=je(this.x,e,t),this.y=je(this.y,e,t),this.z=je(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(je(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,o=t.x,a=t.y,l=t.z;return this.x=r*l-s*a,this.y=s*o-i*l,this.z=i*a-r*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return mh.copy(this).projectOnVector(e),this.sub(mh)}reflect(e){return this.sub(mh.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(je(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Ad.prototype.isVector3=!0;var z=Ad,mh=new z,eg=new un,Td=class Td{constructor(e,t,i,r,s,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,o,a,l,c)}set(e,t,i,r,s,o,a,l,c){let u=this.elements;return u[0]=e,u[1]=r,u[2]=a,u[3]=t,u[4]=s,u[5]=l,u[6]=i,u[7]=o,u[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,o=i[0],a=i[3],l=i[6],c=i[1],u=i[4],d=i[7],h=i[2],f=i[5],p=i[8],x=r[0],g=r[3],m=r[6],y=r[1],T=r[4],v=r[7],A=r[2],w=r[5],b=r[8];return s[0]=o*x+a*y+l*A,s[3]=o*g+a*T+l*w,s[6]=o*m+a*v+l*b,s[1]=c*x+u*y+d*A,s[4]=c*g+u*T+d*w,s[7]=c*m+u*v+d*b,s[2]=h*x+f*y+p*A,s[5]=h*g+f*T+p*w,s[8]=h*m+f*v+p*b,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8];return t*o*u-t*a*c-i*s*u+i*a*l+r*s*c-r*o*l}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],d=u*o-a*c,h=a*l-u*s,f=c*s-o*l,p=t*d+i*h+r*f;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let x=1/p;return e[0]=d*x,e[1]=(r*c-u*i)*x,e[2]=(a*i-r*o)*x,e[3]=h*x,e[4]=(u*t-r*l)*x,e[5]=(r*s-a*t)*x,e[6]=f*x,e[7]=(i*l-c*t)*x,e[8]=(o*t-i*s)*x,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,o,a){let l=Math.cos(s),c=Math.sin(s);return this.set(i*l,i*c,-i*(l*o+c*a)+o+e,-r*c,r*l,-r*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return ao("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(gh.makeScale(e,t)),this}rotate(e){return ao("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(gh.makeRotation(-e)),this}translate(e,t){return ao("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(gh.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Td.prototype.isMatrix3=!0;var ze=Td,gh=new ze,tg=new ze().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),ng=new ze().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function i1(){let n={enabled:!0,workingColorSpace:ho,spaces:{},convert:function(r,s,o){return this.enabled===!1||s===o||!s||!o||(this.spaces[s].transfer===at&&(r.r=oi(r.r),r.g=oi(r.g),r.b=oi(r.b)),this.spaces[s].primaries!==this.spaces[o].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===at&&(r.r=ss(r.r),r.g=ss(r.g),r.b=ss(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===fi?fo:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,o){return r.copy(this.spaces[o].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[ho]:{primaries:e,whitePoint:i,transfer:fo,toXYZ:tg,fromXYZ:ng,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:Xt},outputColorSpaceConfig:{drawingBufferColorSpace:Xt}},[Xt]:{primaries:e,whitePoint:i,transfer:at,toXYZ:tg,fromXYZ:ng,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:Xt}}}),n}var tt=i1();function oi(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function ss(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var $r,Ol=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{$r===void 0&&($r=po("canvas")),$r.width=e.width,$r.height=e.height;let r=$r.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=$r}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=po("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let o=0;o<s.length;o++)s[o]=oi(s[o]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(oi(t[i]/255)*255):t[i]=oi(t[i]);return{data:t,width:e.width,height:e.height}}else return Le("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},r1=0,us=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:r1++}),this.uuid=Ss(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let o=0,a=r.length;o<a;o++)r[o].isDataTexture?s.push(bh(r[o].image)):s.push(bh(r[o]))}else s=bh(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function bh(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?Ol.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(Le("Texture: Unable to serialize Texture."),{})}var s1=0,xh=new z,jt=class n extends Ln{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=Vn,r=Vn,s=Jt,o=hi,a=Fn,l=rn,c=n.DEFAULT_ANISOTROPY,u=fi){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:s1++}),this.uuid=Ss(),this.name="",this.source=new us(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new Ue(0,0),this.repeat=new Ue(1,1),this.center=new Ue(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new ze,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(xh).x}get height(){return this.source.getSize(xh).y}get depth(){return this.source.getSize(xh).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){Le(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==rd)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Nl:e.x=e.x-Math.floor(e.x);break;case Vn:e.x=e.x<0?0:1;break;case Dl:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Nl:e.y=e.y-Math.floor(e.y);break;case Vn:e.y=e.y<0?0:1;break;case Dl:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};jt.DEFAULT_IMAGE=null;jt.DEFAULT_MAPPING=rd;jt.DEFAULT_ANISOTROPY=1;var Ed=class Ed{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,o=e.elements;return this.x=o[0]*t+o[4]*i+o[8]*r+o[12]*s,this.y=o[1]*t+o[5]*i+o[9]*r+o[13]*s,this.z=o[2]*t+o[6]*i+o[10]*r+o[14]*s,this.w=o[3]*t+o[7]*i+o[11]*r+o[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,l=e.elements,c=l[0],u=l[4],d=l[8],h=l[1],f=l[5],p=l[9],x=l[2],g=l[6],m=l[10];if(Math.abs(u-h)<.01&&Math.abs(d-x)<.01&&Math.abs(p-g)<.01){if(Math.abs(u+h)<.1&&Math.abs(d+x)<.1&&Math.abs(p+g)<.1&&Math.abs(c+f+m-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let T=(c+1)/2,v=(f+1)/2,A=(m+1)/2,w=(u+h)/4,b=(d+x)/4,S=(p+g)/4;return T>v&&T>A?T<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(T),r=w/i,s=b/i):v>A?v<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(v),i=w/r,s=S/r):A<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(A),i=b/s,r=S/s),this.set(i,r,s,t),this}let y=Math.sqrt((g-p)*(g-p)+(d-x)*(d-x)+(h-u)*(h-u));return Math.abs(y)<.001&&(y=1),this.x=(g-p)/y,this.y=(d-x)/y,this.z=(h-u)/y,this.w=Math.acos((c+f+m-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=je(this.x,e.x,t.x),this.y=je(this.y,e.y,t.y),this.z=je(this.z,e.z,t.z),this.w=je(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=je(this.x,e,t),this.y=je(this.y,e,t),this.z=je(this.z,e,t),this.w=je(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(je(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Ed.prototype.isVector4=!0;var mt=Ed,Ul=class extends Ln{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Jt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new mt(0,0,e,t),this.scissorTest=!1,this.viewport=new mt(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new jt({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Jt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new us(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},hn=class extends Ul{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},mo=class extends jt{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Ft,this.minFilter=Ft,this.wrapR=Vn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Bl=class extends jt{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Ft,this.minFilter=Ft,this.wrapR=Vn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var ic=class ic{constructor(e,t,i,r,s,o,a,l,c,u,d,h,f,p,x,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,o,a,l,c,u,d,h,f,p,x,g)}set(e,t,i,r,s,o,a,l,c,u,d,h,f,p,x,g){let m=this.elements;return m[0]=e,m[4]=t,m[8]=i,m[12]=r,m[1]=s,m[5]=o,m[9]=a,m[13]=l,m[2]=c,m[6]=u,m[10]=d,m[14]=h,m[3]=f,m[7]=p,m[11]=x,m[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new ic().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/Xr.setFromMatrixColumn(e,0).length(),s=1/Xr.setFromMatrixColumn(e,1).length(),o=1/Xr.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*o,t[9]=i[9]*o,t[10]=i[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,o=Math.cos(i),a=Math.sin(i),l=Math.cos(r),c=Math.sin(r),u=Math.cos(s),d=Math.sin(s);if(e.order==="XYZ"){let h=o*u,f=o*d,p=a*u,x=a*d;t[0]=l*u,t[4]=-l*d,t[8]=c,t[1]=f+p*c,t[5]=h-x*c,t[9]=-a*l,t[2]=x-h*c,t[6]=p+f*c,t[10]=o*l}else if(e.order==="YXZ"){let h=l*u,f=l*d,p=c*u,x=c*d;t[0]=h+x*a,t[4]=p*a-f,t[8]=o*c,t[1]=o*d,t[5]=o*u,t[9]=-a,t[2]=f*a-p,t[6]=x+h*a,t[10]=o*l}else if(e.order==="ZXY"){let h=l*u,f=l*d,p=c*u,x=c*d;t[0]=h-x*a,t[4]=-o*d,t[8]=p+f*a,t[1]=f+p*a,t[5]=o*u,t[9]=x-h*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){let h=o*u,f=o*d,p=a*u,x=a*d;t[0]=l*u,t[4]=p*c-f,t[8]=h*c+x,t[1]=l*d,t[5]=x*c+h,t[9]=f*c-p,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){let h=o*l,f=o*c,p=a*l,x=a*c;t[0]=l*u,t[4]=x-h*d,t[8]=p*d+f,t[1]=d,t[5]=o*u,t[9]=-a*u,t[2]=-c*u,t[6]=f*d+p,t[10]=h-x*d}else if(e.order==="XZY"){let h=o*l,f=o*c,p=a*l,x=a*c;t[0]=l*u,t[4]=-d,t[8]=c*u,t[1]=h*d+x,t[5]=o*u,t[9]=f*d-p,t[2]=p*d-f,t[6]=a*u,t[10]=x*d+h}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(o1,e,a1)}lookAt(e,t,i){let r=this.elements;return an.subVectors(e,t),an.lengthSq()===0&&(an.z=1),an.normalize(),Ai.crossVectors(i,an),Ai.lengthSq()===0&&(Math.abs(i.z)===1?an.x+=1e-4:an.z+=1e-4,an.normalize(),Ai.crossVectors(i,an)),Ai.normalize(),Qa.crossVectors(an,Ai),r[0]=Ai.x,r[4]=Qa.x,r[8]=an.x,r[1]=Ai.y,r[5]=Qa.y,r[9]=an.y,r[2]=Ai.z,r[6]=Qa.z,r[10]=an.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,o=i[0],a=i[4],l=i[8],c=i[12],u=i[1],d=i[5],h=i[9],f=i[13],p=i[2],x=i[6],g=i[10],m=i[14],y=i[3],T=i[7],v=i[11],A=i[15],w=r[0],b=r[4],S=r[8],D=r[12],C=r[1],P=r[5],I=r[9],O=r[13],R=r[2],N=r[6],G=r[10],k=r[14],j=r[3],B=r[7],W=r[11],K=r[15];return s[0]=o*w+a*C+l*R+c*j,s[4]=o*b+a*P+l*N+c*B,s[8]=o*S+a*I+l*G+c*W,s[12]=o*D+a*O+l*k+c*K,s[1]=u*w+d*C+h*R+f*j,s[5]=u*b+d*P+h*N+f*B,s[9]=u*S+d*I+h*G+f*W,s[13]=u*D+d*O+h*k+f*K,s[2]=p*w+x*C+g*R+m*j,s[6]=p*b+x*P+g*N+m*B,s[10]=p*S+x*I+g*G+m*W,s[14]=p*D+x*O+g*k+m*K,s[3]=y*w+T*C+v*R+A*j,s[7]=y*b+T*P+v*N+A*B,s[11]=y*S+T*I+v*G+A*W,s[15]=y*D+T*O+v*k+A*K,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],o=e[1],a=e[5],l=e[9],c=e[13],u=e[2],d=e[6],h=e[10],f=e[14],p=e[3],x=e[7],g=e[11],m=e[15],y=l*f-c*h,T=a*f-c*d,v=a*h-l*d,A=o*f-c*u,w=o*h-l*u,b=o*d-a*u;return t*(x*y-g*T+m*v)-i*(p*y-g*A+m*w)+r*(p*T-x*A+m*b)-s*(p*v-x*w+g*b)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],o=e[5],a=e[9],l=e[2],c=e[6],u=e[10];return t*(o*u-a*c)-i*(s*u-a*l)+r*(s*c-o*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],d=e[9],h=e[10],f=e[11],p=e[12],x=e[13],g=e[14],m=e[15],y=t*a-i*o,T=t*l-r*o,v=t*c-s*o,A=i*l-r*a,w=i*c-s*a,b=r*c-s*l,S=u*x-d*p,D=u*g-h*p,C=u*m-f*p,P=d*g-h*x,I=d*m-f*x,O=h*m-f*g,R=y*O-T*I+v*P+A*C-w*D+b*S;if(R===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let N=1/R;return e[0]=(a*O-l*I+c*P)*N,e[1]=(r*I-i*O-s*P)*N,e[2]=(x*b-g*w+m*A)*N,e[3]=(h*w-d*b-f*A)*N,e[4]=(l*C-o*O-c*D)*N,e[5]=(t*O-r*C+s*D)*N,e[6]=(g*v-p*b-m*T)*N,e[7]=(u*b-h*v+f*T)*N,e[8]=(o*I-a*C+c*S)*N,e[9]=(i*C-t*I-s*S)*N,e[10]=(p*w-x*v+m*y)*N,e[11]=(d*v-u*w-f*y)*N,e[12]=(a*D-o*P-l*S)*N,e[13]=(t*P-i*D+r*S)*N,e[14]=(x*T-p*A-g*y)*N,e[15]=(u*A-d*T+h*y)*N,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,o=e.x,a=e.y,l=e.z,c=s*o,u=s*a;return this.set(c*o+i,c*a-r*l,c*l+r*a,0,c*a+r*l,u*a+i,u*l-r*o,0,c*l-r*a,u*l+r*o,s*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,o){return this.set(1,i,s,0,e,1,o,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,o=t._y,a=t._z,l=t._w,c=s+s,u=o+o,d=a+a,h=s*c,f=s*u,p=s*d,x=o*u,g=o*d,m=a*d,y=l*c,T=l*u,v=l*d,A=i.x,w=i.y,b=i.z;return r[0]=(1-(x+m))*A,r[1]=(f+v)*A,r[2]=(p-T)*A,r[3]=0,r[4]=(f-v)*w,r[5]=(1-(h+m))*w,r[6]=(g+y)*w,r[7]=0,r[8]=(p+T)*b,r[9]=(g-y)*b,r[10]=(1-(h+x))*b,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let o=Xr.set(r[0],r[1],r[2]).length(),a=Xr.set(r[4],r[5],r[6]).length(),l=Xr.set(r[8],r[9],r[10]).length();s<0&&(o=-o),Rn.copy(this);let c=1/o,u=1/a,d=1/l;return Rn.elements[0]*=c,Rn.elements[1]*=c,Rn.elements[2]*=c,Rn.elements[4]*=u,Rn.elements[5]*=u,Rn.elements[6]*=u,Rn.elements[8]*=d,Rn.elements[9]*=d,Rn.elements[10]*=d,t.setFromRotationMatrix(Rn),i.x=o,i.y=a,i.z=l,this}makePerspective(e,t,i,r,s,o,a=xn,l=!1){let c=this.elements,u=2*s/(t-e),d=2*s/(i-r),h=(t+e)/(t-e),f=(i+r)/(i-r),p,x;if(l)p=s/(o-s),x=o*s/(o-s);else if(a===xn)p=-(o+s)/(o-s),x=-2*o*s/(o-s);else if(a===as)p=-o/(o-s),x=-o*s/(o-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=h,c[12]=0,c[1]=0,c[5]=d,c[9]=f,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,r,s,o,a=xn,l=!1){let c=this.elements,u=2/(t-e),d=2/(i-r),h=-(t+e)/(t-e),f=-(i+r)/(i-r),p,x;if(l)p=1/(o-s),x=o/(o-s);else if(a===xn)p=-2/(o-s),x=-(o+s)/(o-s);else if(a===as)p=-1/(o-s),x=-s/(o-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=0,c[12]=h,c[1]=0,c[5]=d,c[9]=0,c[13]=f,c[2]=0,c[6]=0,c[10]=p,c[14]=x,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};ic.prototype.isMatrix4=!0;var rt=ic,Xr=new z,Rn=new rt,o1=new z(0,0,0),a1=new z(1,1,1),Ai=new z,Qa=new z,an=new z,ig=new rt,rg=new un,li=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],o=r[4],a=r[8],l=r[1],c=r[5],u=r[9],d=r[2],h=r[6],f=r[10];switch(t){case"XYZ":this._y=Math.asin(je(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,s)):(this._x=Math.atan2(h,c),this._z=0);break;case"YXZ":this._x=Math.asin(-je(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-d,s),this._z=0);break;case"ZXY":this._x=Math.asin(je(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(-d,f),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-je(d,-1,1)),Math.abs(d)<.9999999?(this._x=Math.atan2(h,f),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(je(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-u,c),this._y=Math.atan2(-d,s)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-je(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(h,c),this._y=Math.atan2(a,s)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Le("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return ig.makeRotationFromQuaternion(e),this.setFromRotationMatrix(ig,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return rg.setFromEuler(this),this.setFromQuaternion(rg,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};li.DEFAULT_ORDER="XYZ";var hs=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},l1=0,sg=new z,qr=new un,ti=new rt,el=new z,eo=new z,c1=new z,u1=new un,og=new z(1,0,0),ag=new z(0,1,0),lg=new z(0,0,1),cg={type:"added"},h1={type:"removed"},Yr={type:"childadded",child:null},yh={type:"childremoved",child:null},Ot=class n extends Ln{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:l1++}),this.uuid=Ss(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new z,t=new li,i=new un,r=new z(1,1,1);function s(){i.setFromEuler(t,!1)}function o(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new rt},normalMatrix:{value:new ze}}),this.matrix=new rt,this.matrixWorld=new rt,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new hs,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return qr.setFromAxisAngle(e,t),this.quaternion.multiply(qr),this}rotateOnWorldAxis(e,t){return qr.setFromAxisAngle(e,t),this.quaternion.premultiply(qr),this}rotateX(e){return this.rotateOnAxis(og,e)}rotateY(e){return this.rotateOnAxis(ag,e)}rotateZ(e){return this.rotateOnAxis(lg,e)}translateOnAxis(e,t){return sg.copy(e).applyQuaternion(this.quaternion),this.position.add(sg.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(og,e)}translateY(e){return this.translateOnAxis(ag,e)}translateZ(e){return this.translateOnAxis(lg,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(ti.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?el.copy(e):el.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),eo.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?ti.lookAt(eo,el,this.up):ti.lookAt(el,eo,this.up),this.quaternion.setFromRotationMatrix(ti),r&&(ti.extractRotation(r.matrixWorld),qr.setFromRotationMatrix(ti),this.quaternion.premultiply(qr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Be("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(cg),Yr.child=e,this.dispatchEvent(Yr),Yr.child=null):Be("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(h1),yh.child=e,this.dispatchEvent(yh),yh.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),ti.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),ti.multiply(e.parent.matrixWorld)),e.applyMatrix4(ti),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(cg),Yr.child=e,this.dispatchEvent(Yr),Yr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let o=this.children[i].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,o=r.length;s<o;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(eo,e,c1),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(eo,u1,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let o=0,a=s.length;o<a;o++)s[o].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(a=>({...a})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,u=l.length;c<u;c++){let d=l[c];s(e.shapes,d)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(s(e.materials,this.material[l]));r.material=a}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let a=0;a<this.children.length;a++)r.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];r.animations.push(s(e.animations,l))}}if(t){let a=o(e.geometries),l=o(e.materials),c=o(e.textures),u=o(e.images),d=o(e.shapes),h=o(e.skeletons),f=o(e.animations),p=o(e.nodes);a.length>0&&(i.geometries=a),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),u.length>0&&(i.images=u),d.length>0&&(i.shapes=d),h.length>0&&(i.skeletons=h),f.length>0&&(i.animations=f),p.length>0&&(i.nodes=p)}return i.object=r,i;function o(a){let l=[];for(let c in a){let u=a[c];delete u.metadata,l.push(u)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Ot.DEFAULT_UP=new z(0,1,0);Ot.DEFAULT_MATRIX_AUTO_UPDATE=!0;Ot.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var lr=class extends Ot{constructor(){super(),this.isGroup=!0,this.type="Group"}},d1={type:"move"},ds=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new lr,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new lr,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new z,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new z),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new lr,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new z,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new z,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(let x of e.hand.values()){let g=t.getJointPose(x,i),m=this._getHandJoint(c,x);g!==null&&(m.matrix.fromArray(g.transform.matrix),m.matrix.decompose(m.position,m.quaternion,m.scale),m.matrixWorldNeedsUpdate=!0,m.jointRadius=g.radius),m.visible=g!==null}let u=c.joints["index-finger-tip"],d=c.joints["thumb-tip"],h=u.position.distanceTo(d.position),f=.02,p=.005;c.inputState.pinching&&h>f+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&h<=f-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(a.matrix.fromArray(r.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,r.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(r.linearVelocity)):a.hasLinearVelocity=!1,r.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(r.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(d1)))}return a!==null&&(a.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new lr;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},b0={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Ti={h:0,s:0,l:0},tl={h:0,s:0,l:0};function vh(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var Xe=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=Xt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,tt.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=tt.workingColorSpace){return this.r=e,this.g=t,this.b=i,tt.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=tt.workingColorSpace){if(e=gd(e,1),t=je(t,0,1),i=je(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,o=2*i-s;this.r=vh(o,s,e+1/3),this.g=vh(o,s,e),this.b=vh(o,s,e-1/3)}return tt.colorSpaceToWorking(this,r),this}setStyle(e,t=Xt){function i(s){s!==void 0&&parseFloat(s)<1&&Le("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,o=r[1],a=r[2];switch(o){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Le("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],o=s.length;if(o===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(s,16),t);Le("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=Xt){let i=b0[e.toLowerCase()];return i!==void 0?this.setHex(i,t):Le("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=oi(e.r),this.g=oi(e.g),this.b=oi(e.b),this}copyLinearToSRGB(e){return this.r=ss(e.r),this.g=ss(e.g),this.b=ss(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=Xt){return tt.workingToColorSpace($t.copy(this),e),Math.round(je($t.r*255,0,255))*65536+Math.round(je($t.g*255,0,255))*256+Math.round(je($t.b*255,0,255))}getHexString(e=Xt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=tt.workingColorSpace){tt.workingToColorSpace($t.copy(this),t);let i=$t.r,r=$t.g,s=$t.b,o=Math.max(i,r,s),a=Math.min(i,r,s),l,c,u=(a+o)/2;if(a===o)l=0,c=0;else{let d=o-a;switch(c=u<=.5?d/(o+a):d/(2-o-a),o){case i:l=(r-s)/d+(r<s?6:0);break;case r:l=(s-i)/d+2;break;case s:l=(i-r)/d+4;break}l/=6}return e.h=l,e.s=c,e.l=u,e}getRGB(e,t=tt.workingColorSpace){return tt.workingToColorSpace($t.copy(this),t),e.r=$t.r,e.g=$t.g,e.b=$t.b,e}getStyle(e=Xt){tt.workingToColorSpace($t.copy(this),e);let t=$t.r,i=$t.g,r=$t.b;return e!==Xt?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(Ti),this.setHSL(Ti.h+e,Ti.s+t,Ti.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(Ti),e.getHSL(tl);let i=co(Ti.h,tl.h,t),r=co(Ti.s,tl.s,t),s=co(Ti.l,tl.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},$t=new Xe;Xe.NAMES=b0;var go=class extends Ot{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new li,this.environmentIntensity=1,this.environmentRotation=new li,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Pn=new z,ni=new z,_h=new z,ii=new z,Kr=new z,Zr=new z,ug=new z,Mh=new z,Sh=new z,wh=new z,Ah=new mt,Th=new mt,Eh=new mt,Pi=class n{constructor(e=new z,t=new z,i=new z){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),Pn.subVectors(e,t),r.cross(Pn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){Pn.subVectors(r,t),ni.subVectors(i,t),_h.subVectors(e,t);let o=Pn.dot(Pn),a=Pn.dot(ni),l=Pn.dot(_h),c=ni.dot(ni),u=ni.dot(_h),d=o*c-a*a;if(d===0)return s.set(0,0,0),null;let h=1/d,f=(c*l-a*u)*h,p=(o*u-a*l)*h;return s.set(1-f-p,p,f)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,ii)===null?!1:ii.x>=0&&ii.y>=0&&ii.x+ii.y<=1}static getInterpolation(e,t,i,r,s,o,a,l){return this.getBarycoord(e,t,i,r,ii)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,ii.x),l.addScaledVector(o,ii.y),l.addScaledVector(a,ii.z),l)}static getInterpolatedAttribute(e,t,i,r,s,o){return Ah.setScalar(0),Th.setScalar(0),Eh.setScalar(0),Ah.fromBufferAttribute(e,t),Th.fromBufferAttribute(e,i),Eh.fromBufferAttribute(e,r),o.setScalar(0),o.addScaledVector(Ah,s.x),o.addScaledVector(Th,s.y),o.addScaledVector(Eh,s.z),o}static isFrontFacing(e,t,i,r){return Pn.subVectors(i,t),ni.subVectors(e,t),Pn.cross(ni).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Pn.subVectors(this.c,this.b),ni.subVectors(this.a,this.b),Pn.cross(ni).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,o,a;Kr.subVectors(r,i),Zr.subVectors(s,i),Mh.subVectors(e,i);let l=Kr.dot(Mh),c=Zr.dot(Mh);if(l<=0&&c<=0)return t.copy(i);Sh.subVectors(e,r);let u=Kr.dot(Sh),d=Zr.dot(Sh);if(u>=0&&d<=u)return t.copy(r);let h=l*d-u*c;if(h<=0&&l>=0&&u<=0&&l-u>0)return o=l/(l-u),t.copy(i).addScaledVector(Kr,o);wh.subVectors(e,s);let f=Kr.dot(wh),p=Zr.dot(wh);if(p>=0&&f<=p)return t.copy(s);let x=f*c-l*p;if(x<=0&&c>=0&&p<=0)return a=c/(c-p),t.copy(i).addScaledVector(Zr,a);let g=u*p-f*d;if(g<=0&&d-u>=0&&f-p>=0)return ug.subVectors(s,r),a=(d-u)/(d-u+(f-p)),t.copy(r).addScaledVector(ug,a);let m=1/(g+x+h);return o=x*m,a=h*m,t.copy(i).addScaledVector(Kr,o).addScaledVector(Zr,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},yn=class{constructor(e=new z(1/0,1/0,1/0),t=new z(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(In.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(In.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=In.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=s.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,In):In.fromBufferAttribute(s,o),In.applyMatrix4(e.matrixWorld),this.expandByPoint(In);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),nl.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),nl.copy(i.boundingBox)),nl.applyMatrix4(e.matrixWorld),this.union(nl)}let r=e.children;for(let s=0,o=r.length;s<o;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,In),In.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(to),il.subVectors(this.max,to),Jr.subVectors(e.a,to),jr.subVectors(e.b,to),Qr.subVectors(e.c,to),Ei.subVectors(jr,Jr),Ci.subVectors(Qr,jr),rr.subVectors(Jr,Qr);let t=[0,-Ei.z,Ei.y,0,-Ci.z,Ci.y,0,-rr.z,rr.y,Ei.z,0,-Ei.x,Ci.z,0,-Ci.x,rr.z,0,-rr.x,-Ei.y,Ei.x,0,-Ci.y,Ci.x,0,-rr.y,rr.x,0];return!Ch(t,Jr,jr,Qr,il)||(t=[1,0,0,0,1,0,0,0,1],!Ch(t,Jr,jr,Qr,il))?!1:(rl.crossVectors(Ei,Ci),t=[rl.x,rl.y,rl.z],Ch(t,Jr,jr,Qr,il))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,In).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(In).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(ri[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),ri[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),ri[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),ri[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),ri[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),ri[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),ri[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),ri[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(ri),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},ri=[new z,new z,new z,new z,new z,new z,new z,new z],In=new z,nl=new yn,Jr=new z,jr=new z,Qr=new z,Ei=new z,Ci=new z,rr=new z,to=new z,il=new z,rl=new z,sr=new z;function Ch(n,e,t,i,r){for(let s=0,o=n.length-3;s<=o;s+=3){sr.fromArray(n,s);let a=r.x*Math.abs(sr.x)+r.y*Math.abs(sr.y)+r.z*Math.abs(sr.z),l=e.dot(sr),c=t.dot(sr),u=i.dot(sr);if(Math.max(-Math.max(l,c,u),Math.min(l,c,u))>a)return!1}return!0}var Mt=new z,sl=new Ue,f1=0,wt=class extends Ln{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:f1++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=u0,this.updateRanges=[],this.gpuType=Mn,this.version=0,this._normalizationScale=e!==void 0?xd(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)sl.fromBufferAttribute(this,t),sl.applyMatrix3(e),this.setXY(t,sl.x,sl.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)Mt.fromBufferAttribute(this,t),Mt.applyMatrix3(e),this.setXYZ(t,Mt.x,Mt.y,Mt.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)Mt.fromBufferAttribute(this,t),Mt.applyMatrix4(e),this.setXYZ(t,Mt.x,Mt.y,Mt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)Mt.fromBufferAttribute(this,t),Mt.applyNormalMatrix(e),this.setXYZ(t,Mt.x,Mt.y,Mt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)Mt.fromBufferAttribute(this,t),Mt.transformDirection(e),this.setXYZ(t,Mt.x,Mt.y,Mt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):m0(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):g0(e,this.array)}};var bo=class extends wt{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var xo=class extends wt{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Vt=class extends wt{constructor(e,t,i){super(new Float32Array(e),t,i)}},p1=new yn,no=new z,Rh=new z,vn=class{constructor(e=new z,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):p1.setFromPoints(e).getCenter(i);let r=0;for(let s=0,o=e.length;s<o;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;no.subVectors(e,this.center);let t=no.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(no,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Rh.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(no.copy(e.center).add(Rh)),this.expandByPoint(no.copy(e.center).sub(Rh))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},m1=0,bn=new rt,Ph=new Ot,es=new z,ln=new yn,io=new yn,Dt=new z,At=class n extends Ln{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:m1++}),this.uuid=Ss(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(z_(e)?xo:bo)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new ze().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return bn.makeRotationFromQuaternion(e),this.applyMatrix4(bn),this}rotateX(e){return bn.makeRotationX(e),this.applyMatrix4(bn),this}rotateY(e){return bn.makeRotationY(e),this.applyMatrix4(bn),this}rotateZ(e){return bn.makeRotationZ(e),this.applyMatrix4(bn),this}translate(e,t,i){return bn.makeTranslation(e,t,i),this.applyMatrix4(bn),this}scale(e,t,i){return bn.makeScale(e,t,i),this.applyMatrix4(bn),this}lookAt(e){return Ph.lookAt(e),Ph.updateMatrix(),this.applyMatrix4(Ph.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(es).negate(),this.translate(es.x,es.y,es.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let o=e[r];i.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Vt(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Le("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new yn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Be("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new z(-1/0,-1/0,-1/0),new z(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];ln.setFromBufferAttribute(s),this.morphTargetsRelative?(Dt.addVectors(this.boundingBox.min,ln.min),this.boundingBox.expandByPoint(Dt),Dt.addVectors(this.boundingBox.max,ln.max),this.boundingBox.expandByPoint(Dt)):(this.boundingBox.expandByPoint(ln.min),this.boundingBox.expandByPoint(ln.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Be('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new vn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Be("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new z,1/0);return}if(e){let i=this.boundingSphere.center;if(ln.setFromBufferAttribute(e),t)for(let s=0,o=t.length;s<o;s++){let a=t[s];io.setFromBufferAttribute(a),this.morphTargetsRelative?(Dt.addVectors(ln.min,io.min),ln.expandByPoint(Dt),Dt.addVectors(ln.max,io.max),ln.expandByPoint(Dt)):(ln.expandByPoint(io.min),ln.expandByPoint(io.max))}ln.getCenter(i);let r=0;for(let s=0,o=e.count;s<o;s++)Dt.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Dt));if(t)for(let s=0,o=t.length;s<o;s++){let a=t[s],l=this.morphTargetsRelative;for(let c=0,u=a.count;c<u;c++)Dt.fromBufferAttribute(a,c),l&&(es.fromBufferAttribute(e,c),Dt.add(es)),r=Math.max(r,i.distanceToSquared(Dt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Be('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Be("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==i.count)&&(o=new wt(new Float32Array(4*i.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(i.count);for(let D=0;D<i.count;D++)a[D]=new z,l[D]=new z;let u=new z,d=new z,h=new z,f=new Ue,p=new Ue,x=new Ue,g=new z,m=new z;function y(D,C,P){c[D]=c[C]=c[P]=1,u.fromBufferAttribute(i,D),d.fromBufferAttribute(i,C),h.fromBufferAttribute(i,P),f.fromBufferAttribute(s,D),p.fromBufferAttribute(s,C),x.fromBufferAttribute(s,P),d.sub(u),h.sub(u),p.sub(f),x.sub(f);let I=1/(p.x*x.y-x.x*p.y);isFinite(I)&&(g.copy(d).multiplyScalar(x.y).addScaledVector(h,-p.y).multiplyScalar(I),m.copy(h).multiplyScalar(p.x).addScaledVector(d,-x.x).multiplyScalar(I),a[D].add(g),a[C].add(g),a[P].add(g),l[D].add(m),l[C].add(m),l[P].add(m))}let T=this.groups;T.length===0&&(T=[{start:0,count:e.count}]);for(let D=0,C=T.length;D<C;++D){let P=T[D],I=P.start,O=P.count;for(let R=I,N=I+O;R<N;R+=3)y(e.getX(R+0),e.getX(R+1),e.getX(R+2))}let v=new z,A=new z,w=new z,b=new z;function S(D){w.fromBufferAttribute(r,D),b.copy(w);let C=a[D];v.copy(C),v.sub(w.multiplyScalar(w.dot(C))).normalize(),A.crossVectors(b,C);let I=A.dot(l[D])<0?-1:1;o.setXYZW(D,v.x,v.y,v.z,I)}for(let D=0,C=i.count;D<C;++D)c[D]&&S(D);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new wt(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let h=0,f=i.count;h<f;h++)i.setXYZ(h,0,0,0);let r=new z,s=new z,o=new z,a=new z,l=new z,c=new z,u=new z,d=new z;if(e)for(let h=0,f=e.count;h<f;h+=3){let p=e.getX(h+0),x=e.getX(h+1),g=e.getX(h+2);r.fromBufferAttribute(t,p),s.fromBufferAttribute(t,x),o.fromBufferAttribute(t,g),u.subVectors(o,s),d.subVectors(r,s),u.cross(d),a.fromBufferAttribute(i,p),l.fromBufferAttribute(i,x),c.fromBufferAttribute(i,g),a.add(u),l.add(u),c.add(u),i.setXYZ(p,a.x,a.y,a.z),i.setXYZ(x,l.x,l.y,l.z),i.setXYZ(g,c.x,c.y,c.z)}else for(let h=0,f=t.count;h<f;h+=3)r.fromBufferAttribute(t,h+0),s.fromBufferAttribute(t,h+1),o.fromBufferAttribute(t,h+2),u.subVectors(o,s),d.subVectors(r,s),u.cross(d),i.setXYZ(h+0,u.x,u.y,u.z),i.setXYZ(h+1,u.x,u.y,u.z),i.setXYZ(h+2,u.x,u.y,u.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Dt.fromBufferAttribute(e,t),Dt.normalize(),e.setXYZ(t,Dt.x,Dt.y,Dt.z)}toNonIndexed(){function e(a,l){let c=a.array,u=a.itemSize,d=a.normalized,h=new c.constructor(l.length*u),f=0,p=0;for(let x=0,g=l.length;x<g;x++){a.isInterleavedBufferAttribute?f=l[x]*a.data.stride+a.offset:f=l[x]*u;for(let m=0;m<u;m++)h[p++]=c[f++]}return new wt(h,u,d)}if(this.index===null)return Le("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let a in r){let l=r[a],c=e(l,i);t.setAttribute(a,c)}let s=this.morphAttributes;for(let a in s){let l=[],c=s[a];for(let u=0,d=c.length;u<d;u++){let h=c[u],f=e(h,i);l.push(f)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let l in i){let c=i[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],u=[];for(let d=0,h=c.length;d<h;d++){let f=c[d];u.push(f.toJSON(e.data))}u.length>0&&(r[l]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let c in r){let u=r[c];this.setAttribute(c,u.clone(t))}let s=e.morphAttributes;for(let c in s){let u=[],d=s[c];for(let h=0,f=d.length;h<f;h++)u.push(d[h].clone(t));this.morphAttributes[c]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let c=0,u=o.length;c<u;c++){let d=o[c];this.addGroup(d.start,d.count,d.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Ih=new z,g1=new z,b1=new ze,cn=class{constructor(e=new z(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=Ih.subVectors(i,t).cross(g1.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(Ih),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(r,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||b1.getNormalMatrix(e),r=this.coplanarPoint(Ih).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},x1=0,Gn=class extends Ln{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:x1++}),this.uuid=Ss(),this.name="",this.type="Material",this.blending=vs,this.side=Bi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Kh,this.blendDst=Zh,this.blendEquation=fr,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Xe(0,0,0),this.blendAlpha=0,this.depthFunc=os,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=r0,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Al,this.stencilZFail=Al,this.stencilZPass=Al,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){Le(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let o=[];for(let a in s){let l=s[a];delete l.metadata,o.push(l)}return o}if(t){let s=r(e.textures),o=r(e.images);s.length>0&&(i.textures=s),o.length>0&&(i.images=o)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Xe().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new cn().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new Ue().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ue().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var si=new z,Lh=new z,ol=new z,al=new z,ci=class{constructor(e=new z,t=new z(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,si)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=si.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(si.copy(this.origin).addScaledVector(this.direction,t),si.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){Lh.copy(e).add(t).multiplyScalar(.5),ol.copy(t).sub(e).normalize(),al.copy(this.origin).sub(Lh);let s=e.distanceTo(t)*.5,o=-this.direction.dot(ol),a=al.dot(this.direction),l=-al.dot(ol),c=al.lengthSq(),u=Math.abs(1-o*o),d,h,f,p;if(u>0)if(d=o*l-a,h=o*a-l,p=s*u,d>=0)if(h>=-p)if(h<=p){let x=1/u;d*=x,h*=x,f=d*(d+o*h+2*a)+h*(o*d+h+2*l)+c}else h=s,d=Math.max(0,-(o*h+a)),f=-d*d+h*(h+2*l)+c;else h=-s,d=Math.max(0,-(o*h+a)),f=-d*d+h*(h+2*l)+c;else h<=-p?(d=Math.max(0,-(-o*s+a)),h=d>0?-s:Math.min(Math.max(-s,-l),s),f=-d*d+h*(h+2*l)+c):h<=p?(d=0,h=Math.min(Math.max(-s,-l),s),f=h*(h+2*l)+c):(d=Math.max(0,-(o*s+a)),h=d>0?s:Math.min(Math.max(-s,-l),s),f=-d*d+h*(h+2*l)+c);else h=o>0?-s:s,d=Math.max(0,-(o*h+a)),f=-d*d+h*(h+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,d),r&&r.copy(Lh).addScaledVector(ol,h),f}intersectSphere(e,t){if(e.radius<0)return null;si.subVectors(e.center,this.origin);let i=si.dot(this.direction),r=si.dot(si)-i*i,s=e.radius*e.radius;if(r>s)return null;let o=Math.sqrt(s-r),a=i-o,l=i+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,o,a,l,c=1/this.direction.x,u=1/this.direction.y,d=1/this.direction.z,h=this.origin;return c>=0?(i=(e.min.x-h.x)*c,r=(e.max.x-h.x)*c):(i=(e.max.x-h.x)*c,r=(e.min.x-h.x)*c),u>=0?(s=(e.min.y-h.y)*u,o=(e.max.y-h.y)*u):(s=(e.max.y-h.y)*u,o=(e.min.y-h.y)*u),i>o||s>r||((s>i||isNaN(i))&&(i=s),(o<r||isNaN(r))&&(r=o),d>=0?(a=(e.min.z-h.z)*d,l=(e.max.z-h.z)*d):(a=(e.max.z-h.z)*d,l=(e.min.z-h.z)*d),i>l||a>r)||((a>i||i!==i)&&(i=a),(l<r||r!==r)&&(r=l),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,si)!==null}intersectTriangle(e,t,i,r,s){let o=this.origin,a=this.direction,l=a.x,c=a.y,u=a.z,d=e.x-o.x,h=e.y-o.y,f=e.z-o.z,p=t.x-o.x,x=t.y-o.y,g=t.z-o.z,m=i.x-o.x,y=i.y-o.y,T=i.z-o.z,v=Math.abs(l),A=Math.abs(c),w=Math.abs(u),b,S,D,C,P,I,O,R,N,G,k,j;if(v>=A&&v>=w?(D=l,I=d,N=p,j=m,l>=0?(b=c,S=u,C=h,P=f,O=x,R=g,G=y,k=T):(b=u,S=c,C=f,P=h,O=g,R=x,G=T,k=y)):A>=w?(D=c,I=h,N=x,j=y,c>=0?(b=u,S=l,C=f,P=d,O=g,R=p,G=T,k=m):(b=l,S=u,C=d,P=f,O=p,R=g,G=m,k=T)):(D=u,I=f,N=g,j=T,u>=0?(b=l,S=c,C=d,P=h,O=p,R=x,G=m,k=y):(b=c,S=l,C=h,P=d,O=x,R=p,G=y,k=m)),D===0)return null;let B=b/D,W=S/D,K=1/D,ye=C-B*I,ne=P-W*I,X=O-B*N,re=R-W*N,se=G-B*j,xe=k-W*j,ie=se*re-xe*X,le=ye*xe-ne*se,De=X*ne-re*ye;if(r){if(ie<0||le<0||De<0)return null}else if((ie<0||le<0||De<0)&&(ie>0||le>0||De>0))return null;let Se=ie+le+De;if(Se===0)return null;let He=K*(ie*I+le*N+De*j);return(Se>0?He<0:He>0)?null:this.at(He/Se,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},cr=class extends Gn{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Xe(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new li,this.combine=rc,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},hg=new rt,or=new ci,ll=new vn,dg=new z,cl=new z,ul=new z,hl=new z,Nh=new z,dl=new z,fg=new z,fl=new z,Qt=class extends Ot{constructor(e=new At,t=new cr){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,o=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let a=this.morphTargetInfluences;if(s&&a){dl.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let u=a[l],d=s[l];u!==0&&(Nh.fromBufferAttribute(d,e),o?dl.addScaledVector(Nh,u):dl.addScaledVector(Nh.sub(t),u))}t.add(dl)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),ll.copy(i.boundingSphere),ll.applyMatrix4(s),or.copy(e.ray).recast(e.near),!(ll.containsPoint(or.origin)===!1&&(or.intersectSphere(ll,dg)===null||or.origin.distanceToSquared(dg)>(e.far-e.near)**2))&&(hg.copy(s).invert(),or.copy(e.ray).applyMatrix4(hg),!(i.boundingBox!==null&&or.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,or)))}_computeIntersections(e,t,i){let r,s=this.geometry,o=this.material,a=s.index,l=s.attributes.position,c=s.attributes.uv,u=s.attributes.uv1,d=s.attributes.normal,h=s.groups,f=s.drawRange;if(a!==null)if(Array.isArray(o))for(let p=0,x=h.length;p<x;p++){let g=h[p],m=o[g.materialIndex],y=Math.max(g.start,f.start),T=Math.min(a.count,Math.min(g.start+g.count,f.start+f.count));for(let v=y,A=T;v<A;v+=3){let w=a.getX(v),b=a.getX(v+1),S=a.getX(v+2);r=pl(this,m,e,i,c,u,d,w,b,S),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,f.start),x=Math.min(a.count,f.start+f.count);for(let g=p,m=x;g<m;g+=3){let y=a.getX(g),T=a.getX(g+1),v=a.getX(g+2);r=pl(this,o,e,i,c,u,d,y,T,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(o))for(let p=0,x=h.length;p<x;p++){let g=h[p],m=o[g.materialIndex],y=Math.max(g.start,f.start),T=Math.min(l.count,Math.min(g.start+g.count,f.start+f.count));for(let v=y,A=T;v<A;v+=3){let w=v,b=v+1,S=v+2;r=pl(this,m,e,i,c,u,d,w,b,S),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let p=Math.max(0,f.start),x=Math.min(l.count,f.start+f.count);for(let g=p,m=x;g<m;g+=3){let y=g,T=g+1,v=g+2;r=pl(this,o,e,i,c,u,d,y,T,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function y1(n,e,t,i,r,s,o,a){let l;if(e.side===en?l=i.intersectTriangle(o,s,r,!0,a):l=i.intersectTriangle(r,s,o,e.side===Bi,a),l===null)return null;fl.copy(a),fl.applyMatrix4(n.matrixWorld);let c=t.ray.origin.distanceTo(fl);return c<t.near||c>t.far?null:{distance:c,point:fl.clone(),object:n}}function pl(n,e,t,i,r,s,o,a,l,c){n.getVertexPosition(a,cl),n.getVertexPosition(l,ul),n.getVertexPosition(c,hl);let u=y1(n,e,t,i,cl,ul,hl,fg);if(u){let d=new z;Pi.getBarycoord(fg,cl,ul,hl,d),r&&(u.uv=Pi.getInterpolatedAttribute(r,a,l,c,d,new Ue)),s&&(u.uv1=Pi.getInterpolatedAttribute(s,a,l,c,d,new Ue)),o&&(u.normal=Pi.getInterpolatedAttribute(o,a,l,c,d,new z),u.normal.dot(i.direction)>0&&u.normal.multiplyScalar(-1));let h={a,b:l,c,normal:new z,materialIndex:0};Pi.getNormal(cl,ul,hl,h.normal),u.face=h,u.barycoord=d}return u}var yo=class extends jt{constructor(e=null,t=1,i=1,r,s,o,a,l,c=Ft,u=Ft,d,h){super(null,o,a,l,c,u,r,s,d,h),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var vo=class extends wt{constructor(e,t,i,r=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=r}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},ts=new rt,pg=new rt,ml=[],mg=new yn,v1=new rt,ro=new Qt,so=new vn,ur=class extends Qt{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new vo(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let r=0;r<i;r++)this.setMatrixAt(r,v1)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new yn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,ts),mg.copy(e.boundingBox).applyMatrix4(ts),this.boundingBox.union(mg)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new vn),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,ts),so.copy(e.boundingSphere).applyMatrix4(ts),this.boundingSphere.union(so)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let i=t.morphTargetInfluences,r=this.morphTexture.source.data.data,s=i.length+1,o=e*s+1;for(let a=0;a<i.length;a++)i[a]=r[o+a]}raycast(e,t){let i=this.matrixWorld,r=this.count;if(ro.geometry=this.geometry,ro.material=this.material,ro.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),so.copy(this.boundingSphere),so.applyMatrix4(i),e.ray.intersectsSphere(so)!==!1))for(let s=0;s<r;s++){this.getMatrixAt(s,ts),pg.multiplyMatrices(i,ts),ro.matrixWorld=pg,ro.raycast(e,ml);for(let o=0,a=ml.length;o<a;o++){let l=ml[o];l.instanceId=s,l.object=this,t.push(l)}ml.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new vo(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let i=t.morphTargetInfluences,r=i.length+1;this.morphTexture===null&&(this.morphTexture=new yo(new Float32Array(r*this.count),r,this.count,hc,Mn));let s=this.morphTexture.source.data.data,o=0;for(let c=0;c<i.length;c++)o+=i[c];let a=this.geometry.morphTargetsRelative?1:1-o,l=r*e;return s[l]=a,s.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},ar=new vn,_1=new Ue(.5,.5),gl=new z,Ii=class{constructor(e=new cn,t=new cn,i=new cn,r=new cn,s=new cn,o=new cn){this.planes=[e,t,i,r,s,o]}set(e,t,i,r,s,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(i),a[3].copy(r),a[4].copy(s),a[5].copy(o),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=xn,i=!1){let r=this.planes,s=e.elements,o=s[0],a=s[1],l=s[2],c=s[3],u=s[4],d=s[5],h=s[6],f=s[7],p=s[8],x=s[9],g=s[10],m=s[11],y=s[12],T=s[13],v=s[14],A=s[15];if(r[0].setComponents(c-o,f-u,m-p,A-y).normalize(),r[1].setComponents(c+o,f+u,m+p,A+y).normalize(),r[2].setComponents(c+a,f+d,m+x,A+T).normalize(),r[3].setComponents(c-a,f-d,m-x,A-T).normalize(),i)r[4].setComponents(l,h,g,v).normalize(),r[5].setComponents(c-l,f-h,m-g,A-v).normalize();else if(r[4].setComponents(c-l,f-h,m-g,A-v).normalize(),t===xn)r[5].setComponents(c+l,f+h,m+g,A+v).normalize();else if(t===as)r[5].setComponents(l,h,g,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),ar.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),ar.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(ar)}intersectsSprite(e){ar.center.set(0,0,0);let t=_1.distanceTo(e.center);return ar.radius=.7071067811865476+t,ar.applyMatrix4(e.matrixWorld),this.intersectsSphere(ar)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(gl.x=r.normal.x>0?e.max.x:e.min.x,gl.y=r.normal.y>0?e.max.y:e.min.y,gl.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(gl)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},gg=new rt,kl=class n{constructor(){this.coordinateSystem=xn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];gg.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Ii),i[r].setFromProjectionMatrix(gg,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Ii),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var Li=class extends Gn{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Xe(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},zl=new z,Vl=new z,bg=new rt,oo=new ci,bl=new vn,Dh=new z,xg=new z,fs=class extends Ot{constructor(e=new At,t=new Li){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)zl.fromBufferAttribute(t,r-1),Vl.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=zl.distanceTo(Vl);e.setAttribute("lineDistance",new Vt(i,1))}else Le("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,o=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),bl.copy(i.boundingSphere),bl.applyMatrix4(r),bl.radius+=s,e.ray.intersectsSphere(bl)===!1)return;bg.copy(r).invert(),oo.copy(e.ray).applyMatrix4(bg);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,u=i.index,h=i.attributes.position;if(u!==null){let f=Math.max(0,o.start),p=Math.min(u.count,o.start+o.count);for(let x=f,g=p-1;x<g;x+=c){let m=u.getX(x),y=u.getX(x+1),T=xl(this,e,oo,l,m,y,x);T&&t.push(T)}if(this.isLineLoop){let x=u.getX(p-1),g=u.getX(f),m=xl(this,e,oo,l,x,g,p-1);m&&t.push(m)}}else{let f=Math.max(0,o.start),p=Math.min(h.count,o.start+o.count);for(let x=f,g=p-1;x<g;x+=c){let m=xl(this,e,oo,l,x,x+1,x);m&&t.push(m)}if(this.isLineLoop){let x=xl(this,e,oo,l,p-1,f,p-1);x&&t.push(x)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function xl(n,e,t,i,r,s,o){let a=n.geometry.attributes.position;if(zl.fromBufferAttribute(a,r),Vl.fromBufferAttribute(a,s),t.distanceSqToSegment(zl,Vl,Dh,xg)>i)return;Dh.applyMatrix4(n.matrixWorld);let c=e.ray.origin.distanceTo(Dh);if(!(c<e.near||c>e.far))return{distance:c,point:xg.clone().applyMatrix4(n.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:n}}var yg=new z,vg=new z,ps=class extends fs{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)yg.fromBufferAttribute(t,r),vg.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+yg.distanceTo(vg);e.setAttribute("lineDistance",new Vt(i,1))}else Le("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var ms=class extends Gn{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Xe(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},_g=new rt,zh=new ci,yl=new vn,vl=new z,_o=class extends Ot{constructor(e=new At,t=new ms){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,o=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),yl.copy(i.boundingSphere),yl.applyMatrix4(r),yl.radius+=s,e.ray.intersectsSphere(yl)===!1)return;_g.copy(r).invert(),zh.copy(e.ray).applyMatrix4(_g);let a=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=i.index,d=i.attributes.position;if(c!==null){let h=Math.max(0,o.start),f=Math.min(c.count,o.start+o.count);for(let p=h,x=f;p<x;p++){let g=c.getX(p);vl.fromBufferAttribute(d,g),Mg(vl,g,l,r,e,t,this)}}else{let h=Math.max(0,o.start),f=Math.min(d.count,o.start+o.count);for(let p=h,x=f;p<x;p++)vl.fromBufferAttribute(d,p),Mg(vl,p,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,o=r.length;s<o;s++){let a=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=s}}}}};function Mg(n,e,t,i,r,s,o){let a=zh.distanceSqToPoint(n);if(a<t){let l=new z;zh.closestPointToPoint(n,l),l.applyMatrix4(i);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Mo=class extends jt{constructor(e=[],t=pr,i,r,s,o,a,l,c,u){super(e,t,i,r,s,o,a,l,c,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},So=class extends jt{constructor(e,t,i,r,s,o,a,l,c){super(e,t,i,r,s,o,a,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var ui=class extends jt{constructor(e,t,i=Nn,r,s,o,a=Ft,l=Ft,c,u=ai,d=1){if(u!==ai&&u!==di)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let h={width:e,height:t,depth:d};super(h,r,s,o,a,l,u,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new us(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},wo=class extends ui{constructor(e,t=Nn,i=pr,r,s,o=Ft,a=Ft,l,c=ai){let u={width:e,height:e,depth:1},d=[u,u,u,u,u,u];super(e,e,t,i,r,s,o,a,l,c),this.image=d,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Ao=class extends jt{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},gs=class n extends At{constructor(e=1,t=1,i=1,r=1,s=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:o};let a=this;r=Math.floor(r),s=Math.floor(s),o=Math.floor(o);let l=[],c=[],u=[],d=[],h=0,f=0;p("z","y","x",-1,-1,i,t,e,o,s,0),p("z","y","x",1,-1,i,t,-e,o,s,1),p("x","z","y",1,1,e,i,t,r,o,2),p("x","z","y",1,-1,e,i,-t,r,o,3),p("x","y","z",1,-1,e,t,i,r,s,4),p("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(l),this.setAttribute("position",new Vt(c,3)),this.setAttribute("normal",new Vt(u,3)),this.setAttribute("uv",new Vt(d,2));function p(x,g,m,y,T,v,A,w,b,S,D){let C=v/b,P=A/S,I=v/2,O=A/2,R=w/2,N=b+1,G=S+1,k=0,j=0,B=new z;for(let W=0;W<G;W++){let K=W*P-O;for(let ye=0;ye<N;ye++){let ne=ye*C-I;B[x]=ne*y,B[g]=K*T,B[m]=R,c.push(B.x,B.y,B.z),B[x]=0,B[g]=0,B[m]=w>0?1:-1,u.push(B.x,B.y,B.z),d.push(ye/b),d.push(1-W/S),k+=1}}for(let W=0;W<S;W++)for(let K=0;K<b;K++){let ye=h+K+N*W,ne=h+K+N*(W+1),X=h+(K+1)+N*(W+1),re=h+(K+1)+N*W;l.push(ye,ne,re),l.push(ne,X,re),j+=6}a.addGroup(f,j,D),f+=j,h+=k}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var hr=class n extends At{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,o=t/2,a=Math.floor(i),l=Math.floor(r),c=a+1,u=l+1,d=e/a,h=t/l,f=[],p=[],x=[],g=[];for(let m=0;m<u;m++){let y=m*h-o;for(let T=0;T<c;T++){let v=T*d-s;p.push(v,-y,0),x.push(0,0,1),g.push(T/a),g.push(1-m/l)}}for(let m=0;m<l;m++)for(let y=0;y<a;y++){let T=y+c*m,v=y+c*(m+1),A=y+1+c*(m+1),w=y+1+c*m;f.push(T,v,w),f.push(v,A,w)}this.setIndex(f),this.setAttribute("position",new Vt(p,3)),this.setAttribute("normal",new Vt(x,3)),this.setAttribute("uv",new Vt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};var To=class n extends At{constructor(e=1,t=32,i=16,r=0,s=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:i,phiStart:r,phiLength:s,thetaStart:o,thetaLength:a},t=Math.max(3,Math.floor(t)),i=Math.max(2,Math.floor(i));let l=Math.min(o+a,Math.PI),c=0,u=[],d=new z,h=new z,f=[],p=[],x=[],g=[];for(let m=0;m<=i;m++){let y=[],T=m/i,v=o+T*a,A=e*Math.cos(v),w=Math.sqrt(e*e-A*A),b=0;m===0&&o===0?b=.5/t:m===i&&l===Math.PI&&(b=-.5/t);for(let S=0;S<=t;S++){let D=S/t,C=r+D*s;d.x=-w*Math.cos(C),d.y=A,d.z=w*Math.sin(C),p.push(d.x,d.y,d.z),h.copy(d).normalize(),x.push(h.x,h.y,h.z),g.push(D+b,1-T),y.push(c++)}u.push(y)}for(let m=0;m<i;m++)for(let y=0;y<t;y++){let T=u[m][y+1],v=u[m][y],A=u[m+1][y],w=u[m+1][y+1];(m!==0||o>0)&&f.push(T,v,w),(m!==i-1||l<Math.PI)&&f.push(v,A,w)}this.setIndex(f),this.setAttribute("position",new Vt(p,3)),this.setAttribute("normal",new Vt(x,3)),this.setAttribute("uv",new Vt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function gr(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(Sg(r))r.isRenderTargetTexture?(Le("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(Sg(r[0])){let s=[];for(let o=0,a=r.length;o<a;o++)s[o]=r[o].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function qt(n){let e={};for(let t=0;t<n.length;t++){let i=gr(n[t]);for(let r in i)e[r]=i[r]}return e}function Sg(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function M1(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function vd(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:tt.workingColorSpace}var x0={clone:gr,merge:qt},S1=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,w1=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,Hn=class extends Gn{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=S1,this.fragmentShader=w1,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=gr(e.uniforms),this.uniformsGroups=M1(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let o=this.uniforms[r].value;o&&o.isTexture?t.uniforms[r]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[r]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[r]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[r]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[r]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[r]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[r]={type:"m4",value:o.toArray()}:t.uniforms[r]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new Xe().setHex(r.value);break;case"v2":this.uniforms[i].value=new Ue().fromArray(r.value);break;case"v3":this.uniforms[i].value=new z().fromArray(r.value);break;case"v4":this.uniforms[i].value=new mt().fromArray(r.value);break;case"m3":this.uniforms[i].value=new ze().fromArray(r.value);break;case"m4":this.uniforms[i].value=new rt().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},Gl=class extends Hn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Eo=class extends Gn{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new Xe(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Xe(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=$c,this.normalScale=new Ue(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new li,this.combine=rc,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},Hl=class extends Gn{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=n0,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},Wl=class extends Gn{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function ns(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function _l(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ni=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];e:{t:{let o;n:{i:if(!(e<r)){for(let a=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===a)break;if(s=r,r=t[++i],e<r)break t}o=t.length;break n}if(!(e>=s)){let a=t[1];e<a&&(i=2,s=a);for(let l=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(r=s,s=t[--i-1],e>=s)break t}o=i,i=0;break n}break e}for(;i<o;){let a=i+o>>>1;e<t[a]?o=a:i=a+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let o=0;o!==r;++o)t[o]=i[s+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},$l=class extends Ni{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Uh,endingEnd:Uh}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,o=e+1,a=r[s],l=r[o];if(a===void 0)switch(this.getSettings_().endingStart){case Bh:s=e,a=2*t-i;break;case kh:s=r.length-2,a=t+r[s]-r[s+1];break;default:s=e,a=i}if(l===void 0)switch(this.getSettings_().endingEnd){case Bh:o=e,l=2*i-t;break;case kh:o=1,l=i+r[1]-r[0];break;default:o=e-1,l=t}let c=(i-t)*.5,u=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-i),this._offsetPrev=s*u,this._offsetNext=o*u}interpolate_(e,t,i,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this._offsetPrev,d=this._offsetNext,h=this._weightPrev,f=this._weightNext,p=(i-t)/(r-t),x=p*p,g=x*p,m=-h*g+2*h*x-h*p,y=(1+h)*g+(-1.5-2*h)*x+(-.5+h)*p+1,T=(-1-f)*g+(1.5+f)*x+.5*p,v=f*g-f*x;for(let A=0;A!==a;++A)s[A]=m*o[u+A]+y*o[c+A]+T*o[l+A]+v*o[d+A];return s}},Xl=class extends Ni{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=(i-t)/(r-t),d=1-u;for(let h=0;h!==a;++h)s[h]=o[c+h]*d+o[l+h]*u;return s}},ql=class extends Ni{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},Yl=class extends Ni{interpolate_(e,t,i,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this.inTangents,d=this.outTangents;if(!u||!d){let p=(i-t)/(r-t),x=1-p;for(let g=0;g!==a;++g)s[g]=o[c+g]*x+o[l+g]*p;return s}let h=a*2,f=e-1;for(let p=0;p!==a;++p){let x=o[c+p],g=o[l+p],m=f*h+p*2,y=d[m],T=d[m+1],v=e*h+p*2,A=u[v],w=u[v+1],b=T1(i,t,y,A,r);s[p]=y0(b,x,T,w,g)}return s}};function y0(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function A1(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function T1(n,e,t,i,r){let s=(n-e)/(r-e);for(let o=0;o<8;o++){let a=y0(s,e,t,i,r)-n;if(Math.abs(a)<1e-10)break;let l=A1(s,e,t,i,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-a/l))}return s}var dn=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=ns(t,this.TimeBufferType),this.values=ns(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:ns(e.times,Array),values:ns(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),_l(e.settings)&&(i.settings={inTangents:ns(e.settings.inTangents,Array),outTangents:ns(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new ql(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Xl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new $l(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new Yl(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case uo:t=this.InterpolantFactoryMethodDiscrete;break;case Fl:t=this.InterpolantFactoryMethodLinear;break;case wl:t=this.InterpolantFactoryMethodSmooth;break;case Oh:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return Le("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return uo;case this.InterpolantFactoryMethodLinear:return Fl;case this.InterpolantFactoryMethodSmooth:return wl;case this.InterpolantFactoryMethodBezier:return Oh}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;_l(this.settings)&&(wg(this.settings.inTangents,e),wg(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;_l(this.settings)&&(Ag(this.settings.inTangents,e),Ag(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,o=r-1;for(;s!==r&&i[s]<e;)++s;for(;o!==-1&&i[o]>t;)--o;if(++o,s!==0||o!==r){s>=o&&(o=Math.max(o,1),s=o-1);let a=this.getValueSize();this.times=i.slice(s,o),this.values=this.values.slice(s*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Be("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(Be("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==s;a++){let l=i[a];if(typeof l=="number"&&isNaN(l)){Be("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){Be("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(r!==void 0&&V_(r))for(let a=0,l=r.length;a!==l;++a){let c=r[a];if(isNaN(c)){Be("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===wl,s=e.length-1,o=1;for(let a=1;a<s;++a){let l=!1,c=e[a],u=e[a+1];if(c!==u&&(a!==1||c!==e[0]))if(r)l=!0;else{let d=a*i,h=d-i,f=d+i;for(let p=0;p!==i;++p){let x=t[d+p];if(x!==t[h+p]||x!==t[f+p]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];let d=a*i,h=o*i;for(let f=0;f!==i;++f)t[h+f]=t[d+f]}++o}}if(s>0){e[o]=e[s];for(let a=s*i,l=o*i,c=0;c!==i;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,_l(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function wg(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function Ag(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}dn.prototype.ValueTypeName="";dn.prototype.TimeBufferType=Float32Array;dn.prototype.ValueBufferType=Float32Array;dn.prototype.DefaultInterpolation=Fl;var Di=class extends dn{constructor(e,t,i){super(e,t,i)}};Di.prototype.ValueTypeName="bool";Di.prototype.ValueBufferType=Array;Di.prototype.DefaultInterpolation=uo;Di.prototype.InterpolantFactoryMethodLinear=void 0;Di.prototype.InterpolantFactoryMethodSmooth=void 0;var Kl=class extends dn{constructor(e,t,i,r){super(e,t,i,r)}};Kl.prototype.ValueTypeName="color";var Zl=class extends dn{constructor(e,t,i,r){super(e,t,i,r)}};Zl.prototype.ValueTypeName="number";var Jl=class extends Ni{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(i-t)/(r-t),c=e*a;for(let u=c+a;c!==u;c+=4)un.slerpFlat(s,0,o,c-a,o,c,l);return s}},Co=class extends dn{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new Jl(this.times,this.values,this.getValueSize(),e)}};Co.prototype.ValueTypeName="quaternion";Co.prototype.InterpolantFactoryMethodSmooth=void 0;var Fi=class extends dn{constructor(e,t,i){super(e,t,i)}};Fi.prototype.ValueTypeName="string";Fi.prototype.ValueBufferType=Array;Fi.prototype.DefaultInterpolation=uo;Fi.prototype.InterpolantFactoryMethodLinear=void 0;Fi.prototype.InterpolantFactoryMethodSmooth=void 0;var jl=class extends dn{constructor(e,t,i,r){super(e,t,i,r)}};jl.prototype.ValueTypeName="vector";var Ql=class{constructor(e,t,i){let r=this,s=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(u){a++,s===!1&&r.onStart!==void 0&&r.onStart(u,o,a),s=!0},this.itemEnd=function(u){o++,r.onProgress!==void 0&&r.onProgress(u,o,a),o===a&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),l?l(u):u},this.setURLModifier=function(u){return l=u,this},this.addHandler=function(u,d){return c.push(u,d),this},this.removeHandler=function(u){let d=c.indexOf(u);return d!==-1&&c.splice(d,2),this},this.getHandler=function(u){for(let d=0,h=c.length;d<h;d+=2){let f=c[d],p=c[d+1];if(f.global&&(f.lastIndex=0),f.test(u))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},v0=new Ql,ec=class{constructor(e){this.manager=e!==void 0?e:v0,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};ec.DEFAULT_MATERIAL_NAME="__DEFAULT";var Ro=class extends Ot{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Xe(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},Po=class extends Ro{constructor(e,t,i){super(e,i),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(Ot.DEFAULT_UP),this.updateMatrix(),this.groundColor=new Xe(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},Fh=new rt,Tg=new z,Eg=new z,tc=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Ue(512,512),this.mapType=rn,this.map=null,this.mapPass=null,this.matrix=new rt,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ii,this._frameExtents=new Ue(1,1),this._viewportCount=1,this._viewports=[new mt(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;Tg.setFromMatrixPosition(e.matrixWorld),t.position.copy(Tg),Eg.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(Eg),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){Fh.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(Fh,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,o=r?r.z/s.x:1,a=r?r.w/s.y:1,l=r?r.x/s.x:0,c=r?r.y/s.y:0;e.coordinateSystem===as||e.reversedDepth?t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),t.multiply(Fh)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},Ml=new z,Sl=new un,zn=new z,Io=class extends Ot{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new rt,this.projectionMatrix=new rt,this.projectionMatrixInverse=new rt,this.coordinateSystem=xn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Ml,Sl,zn),zn.x===1&&zn.y===1&&zn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ml,Sl,zn.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(Ml,Sl,zn),zn.x===1&&zn.y===1&&zn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Ml,Sl,zn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Ri=new z,Cg=new Ue,Rg=new Ue,Zt=class extends Io{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=cs*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(lo*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return cs*2*Math.atan(Math.tan(lo*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){Ri.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Ri.x,Ri.y).multiplyScalar(-e/Ri.z),Ri.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(Ri.x,Ri.y).multiplyScalar(-e/Ri.z)}getViewSize(e,t){return this.getViewBounds(e,Cg,Rg),t.subVectors(Rg,Cg)}setViewOffset(e,t,i,r,s,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(lo*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;s+=o.offsetX*r/l,t-=o.offsetY*i/c,r*=o.width/l,i*=o.height/c}let a=this.filmOffset;a!==0&&(s+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var Lo=class extends Io{constructor(e=-1,t=1,i=1,r=-1,s=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,o=i+e,a=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,o=s+c*this.view.width,a-=u*this.view.offsetY,l=a-u*this.view.height}this.projectionMatrix.makeOrthographic(s,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},Vh=class extends tc{constructor(){super(new Lo(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},No=class extends Ro{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Ot.DEFAULT_UP),this.updateMatrix(),this.target=new Ot,this.shadow=new Vh}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}};var is=-90,rs=1,bs=class extends Ot{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Zt(is,rs,e,t);r.layers=this.layers,this.add(r);let s=new Zt(is,rs,e,t);s.layers=this.layers,this.add(s);let o=new Zt(is,rs,e,t);o.layers=this.layers,this.add(o);let a=new Zt(is,rs,e,t);a.layers=this.layers,this.add(a);let l=new Zt(is,rs,e,t);l.layers=this.layers,this.add(l);let c=new Zt(is,rs,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,o,a,l]=t;for(let c of t)this.remove(c);if(e===xn)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===as)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,o,a,l,c,u]=this.children,d=e.getRenderTarget(),h=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let x=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=x,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(d,h,f),e.xr.enabled=p,i.texture.needsPMREMUpdate=!0}},nc=class extends Zt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var _d="\\[\\]\\.:\\/",E1=new RegExp("["+_d+"]","g"),Md="[^"+_d+"]",C1="[^"+_d.replace("\\.","")+"]",R1=/((?:WC+[\/:])*)/.source.replace("WC",Md),P1=/(WCOD+)?/.source.replace("WCOD",C1),I1=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Md),L1=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Md),N1=new RegExp("^"+R1+P1+I1+L1+"$"),D1=["material","materials","bones","map"],Gh=class{constructor(e,t,i){let r=i||dt.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},dt=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(E1,"")}static parseTrackName(e){let t=N1.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);D1.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let o=0;o<s.length;o++){let a=s[o];if(a.name===t||a.uuid===t)return a;let l=i(a.children);if(l)return l}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Le("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){Be("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Be("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Be("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===c){c=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Be("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Be("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){Be("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){Be("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let o=e[r];if(o===void 0){let c=t.nodeName;Be("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Be("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Be("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=s}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};dt.Composite=Gh;dt.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};dt.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};dt.prototype.GetterByBindingType=[dt.prototype._getValue_direct,dt.prototype._getValue_array,dt.prototype._getValue_arrayElement,dt.prototype._getValue_toArray];dt.prototype.SetterByBindingTypeAndVersioning=[[dt.prototype._setValue_direct,dt.prototype._setValue_direct_setNeedsUpdate,dt.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[dt.prototype._setValue_array,dt.prototype._setValue_array_setNeedsUpdate,dt.prototype._setValue_array_setMatrixWorldNeedsUpdate],[dt.prototype._setValue_arrayElement,dt.prototype._setValue_arrayElement_setNeedsUpdate,dt.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[dt.prototype._setValue_fromArray,dt.prototype._setValue_fromArray_setNeedsUpdate,dt.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var S3=new Float32Array(1);var Pg=new rt,Do=class{constructor(e,t,i=0,r=1/0){this.ray=new ci(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new hs,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):Be("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Pg.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Pg),this}intersectObject(e,t=!0,i=[]){return Hh(e,this,i,t),i.sort(Ig),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)Hh(e[r],this,i,t);return i.sort(Ig),i}};function Ig(n,e){return n.distance-e.distance}function Hh(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let o=0,a=s.length;o<a;o++)Hh(s[o],e,t,!0)}}var xs=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=je(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(je(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Cd=class Cd{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};Cd.prototype.isMatrix2=!0;var Wh=Cd;var Fo=class extends Ln{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function Sd(n,e,t,i){let r=F1(i);switch(t){case cd:return n*e;case hc:return n*e/r.components*r.byteLength;case dc:return n*e/r.components*r.byteLength;case ki:return n*e*2/r.components*r.byteLength;case fc:return n*e*2/r.components*r.byteLength;case ud:return n*e*3/r.components*r.byteLength;case Fn:return n*e*4/r.components*r.byteLength;case pc:return n*e*4/r.components*r.byteLength;case Bo:case ko:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case zo:case Vo:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case gc:case xc:return Math.max(n,16)*Math.max(e,8)/4;case mc:case bc:return Math.max(n,8)*Math.max(e,8)/2;case yc:case vc:case Mc:case Sc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case _c:case Go:case wc:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Ac:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Tc:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case Ec:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case Cc:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case Rc:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case Pc:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Ic:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case Lc:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case Nc:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case Dc:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case Fc:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case Oc:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case Uc:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case Bc:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case kc:case zc:case Vc:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Gc:case Hc:return Math.ceil(n/4)*Math.ceil(e/4)*8;case Ho:case Wc:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function F1(n){switch(n){case rn:case sd:return{byteLength:1,components:1};case Ms:case od:case Dn:return{byteLength:2,components:1};case cc:case uc:return{byteLength:2,components:4};case Nn:case lc:case Mn:return{byteLength:4,components:1};case ad:case ld:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Le("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function G0(){let n=null,e=!1,t=null,i=null;function r(s,o){i=n.requestAnimationFrame(r),t(s,o)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function U1(n){let e=new WeakMap;function t(a,l){let c=a.array,u=a.usage,d=c.byteLength,h=n.createBuffer();n.bindBuffer(l,h),n.bufferData(l,c,u),a.onUploadCallback();let f;if(c instanceof Float32Array)f=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)f=n.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?f=n.HALF_FLOAT:f=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)f=n.SHORT;else if(c instanceof Uint32Array)f=n.UNSIGNED_INT;else if(c instanceof Int32Array)f=n.INT;else if(c instanceof Int8Array)f=n.BYTE;else if(c instanceof Uint8Array)f=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)f=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:h,type:f,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:d}}function i(a,l,c){let u=l.array,d=l.updateRanges;if(n.bindBuffer(c,a),d.length===0)n.bufferSubData(c,0,u);else{d.sort((f,p)=>f.start-p.start);let h=0;for(let f=1;f<d.length;f++){let p=d[h],x=d[f];x.start<=p.start+p.count+1?p.count=Math.max(p.count,x.start+x.count-p.start):(++h,d[h]=x)}d.length=h+1;for(let f=0,p=d.length;f<p;f++){let x=d[f];n.bufferSubData(c,x.start*u.BYTES_PER_ELEMENT,u,x.start,x.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function s(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=e.get(a);l&&(n.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,a,l),c.version=a.version}}return{get:r,remove:s,update:o}}var B1=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,k1=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,z1=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,V1=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,G1=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,H1=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,W1=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,$1=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,X1=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,q1=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Y1=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,K1=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Z1=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,J1=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,j1=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,Q1=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,eM=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,tM=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,nM=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,iM=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,rM=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,sM=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,oM=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,aM=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,lM=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,cM=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,uM=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,hM=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,dM=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,fM="gl_FragColor = linearToOutputTexel( gl_FragColor );",pM=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,mM=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,gM=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,bM=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,xM=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,yM=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,vM=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,_M=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,MM=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,SM=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,wM=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,AM=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,TM=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,EM=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,CM=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,RM=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,PM=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,IM=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,LM=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,NM=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,DM=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,FM=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,OM=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,UM=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,BM=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,kM=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,zM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,VM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,GM=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,HM=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,WM=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,$M=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,XM=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,qM=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,YM=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,KM=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,ZM=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,JM=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,jM=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,QM=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,eS=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,tS=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,nS=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,iS=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,rS=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,sS=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,oS=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,aS=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,lS=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,cS=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,uS=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,hS=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,dS=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,fS=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,pS=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,mS=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,gS=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,bS=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,xS=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,yS=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,vS=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,_S=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,MS=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,SS=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,wS=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,AS=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,TS=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,ES=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,CS=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,RS=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,PS=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,IS=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,LS=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,NS=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,DS=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,FS=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,OS=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,US=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,BS=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,kS=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,zS=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,VS=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,GS=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,HS=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,WS=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,$S=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,XS=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,qS=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,YS=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,KS=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,ZS=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,JS=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,jS=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,QS=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,ew=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,tw=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,nw=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,iw=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,rw=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,sw=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,ow=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,aw=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,lw=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,cw=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,uw=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,hw=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,dw=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,fw=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,pw=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,mw=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,gw=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Ze={alphahash_fragment:B1,alphahash_pars_fragment:k1,alphamap_fragment:z1,alphamap_pars_fragment:V1,alphatest_fragment:G1,alphatest_pars_fragment:H1,aomap_fragment:W1,aomap_pars_fragment:$1,batching_pars_vertex:X1,batching_vertex:q1,begin_vertex:Y1,beginnormal_vertex:K1,bsdfs:Z1,iridescence_fragment:J1,bumpmap_pars_fragment:j1,clipping_planes_fragment:Q1,clipping_planes_pars_fragment:eM,clipping_planes_pars_vertex:tM,clipping_planes_vertex:nM,color_fragment:iM,color_pars_fragment:rM,color_pars_vertex:sM,color_vertex:oM,common:aM,defaultnormal_vertex:lM,displacementmap_pars_vertex:cM,displacementmap_vertex:uM,emissivemap_fragment:hM,emissivemap_pars_fragment:dM,colorspace_fragment:fM,colorspace_pars_fragment:pM,envmap_fragment:mM,envmap_common_pars_fragment:gM,envmap_pars_fragment:bM,envmap_pars_vertex:xM,envmap_physical_pars_fragment:RM,envmap_vertex:yM,fog_vertex:vM,fog_pars_vertex:_M,fog_fragment:MM,fog_pars_fragment:SM,gradientmap_pars_fragment:wM,lightmap_pars_fragment:AM,lights_lambert_fragment:TM,lights_lambert_pars_fragment:EM,lights_pars_begin:CM,lights_toon_fragment:PM,lights_toon_pars_fragment:IM,lights_phong_fragment:LM,lights_phong_pars_fragment:NM,lights_physical_fragment:DM,lights_physical_pars_fragment:FM,lights_fragment_begin:OM,lights_fragment_maps:UM,lights_fragment_end:BM,lightprobes_pars_fragment:kM,logdepthbuf_fragment:zM,logdepthbuf_pars_fragment:VM,logdepthbuf_pars_vertex:GM,logdepthbuf_vertex:HM,map_fragment:WM,map_pars_fragment:$M,map_particle_fragment:XM,map_particle_pars_fragment:qM,metalnessmap_fragment:YM,metalnessmap_pars_fragment:KM,morphinstance_vertex:ZM,morphcolor_vertex:JM,morphnormal_vertex:jM,morphtarget_pars_vertex:QM,morphtarget_vertex:eS,normal_fragment_begin:tS,normal_fragment_maps:nS,normal_pars_fragment:iS,normal_pars_vertex:rS,normal_vertex:sS,normalmap_pars_fragment:oS,clearcoat_normal_fragment_begin:aS,clearcoat_normal_fragment_maps:lS,clearcoat_pars_fragment:cS,iridescence_pars_fragment:uS,opaque_fragment:hS,packing:dS,premultiplied_alpha_fragment:fS,project_vertex:pS,dithering_fragment:mS,dithering_pars_fragment:gS,roughnessmap_fragment:bS,roughnessmap_pars_fragment:xS,shadowmap_pars_fragment:yS,shadowmap_pars_vertex:vS,shadowmap_vertex:_S,shadowmask_pars_fragment:MS,skinbase_vertex:SS,skinning_pars_vertex:wS,skinning_vertex:AS,skinnormal_vertex:TS,specularmap_fragment:ES,specularmap_pars_fragment:CS,tonemapping_fragment:RS,tonemapping_pars_fragment:PS,transmission_fragment:IS,transmission_pars_fragment:LS,uv_pars_fragment:NS,uv_pars_vertex:DS,uv_vertex:FS,worldpos_vertex:OS,background_vert:US,background_frag:BS,backgroundCube_vert:kS,backgroundCube_frag:zS,cube_vert:VS,cube_frag:GS,depth_vert:HS,depth_frag:WS,distance_vert:$S,distance_frag:XS,equirect_vert:qS,equirect_frag:YS,linedashed_vert:KS,linedashed_frag:ZS,meshbasic_vert:JS,meshbasic_frag:jS,meshlambert_vert:QS,meshlambert_frag:ew,meshmatcap_vert:tw,meshmatcap_frag:nw,meshnormal_vert:iw,meshnormal_frag:rw,meshphong_vert:sw,meshphong_frag:ow,meshphysical_vert:aw,meshphysical_frag:lw,meshtoon_vert:cw,meshtoon_frag:uw,points_vert:hw,points_frag:dw,shadow_vert:fw,shadow_frag:pw,sprite_vert:mw,sprite_frag:gw},_e={common:{diffuse:{value:new Xe(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new ze},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new ze}},envmap:{envMap:{value:null},envMapRotation:{value:new ze},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new ze}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new ze}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new ze},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new ze},normalScale:{value:new Ue(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new ze},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new ze}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new ze}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new ze}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Xe(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Xe(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0},uvTransform:{value:new ze}},sprite:{diffuse:{value:new Xe(16777215)},opacity:{value:1},center:{value:new Ue(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new ze},alphaMap:{value:null},alphaMapTransform:{value:new ze},alphaTest:{value:0}}},Xn={basic:{uniforms:qt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.fog]),vertexShader:Ze.meshbasic_vert,fragmentShader:Ze.meshbasic_frag},lambert:{uniforms:qt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new Xe(0)},envMapIntensity:{value:1}}]),vertexShader:Ze.meshlambert_vert,fragmentShader:Ze.meshlambert_frag},phong:{uniforms:qt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new Xe(0)},specular:{value:new Xe(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Ze.meshphong_vert,fragmentShader:Ze.meshphong_frag},standard:{uniforms:qt([_e.common,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.roughnessmap,_e.metalnessmap,_e.fog,_e.lights,{emissive:{value:new Xe(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Ze.meshphysical_vert,fragmentShader:Ze.meshphysical_frag},toon:{uniforms:qt([_e.common,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.gradientmap,_e.fog,_e.lights,{emissive:{value:new Xe(0)}}]),vertexShader:Ze.meshtoon_vert,fragmentShader:Ze.meshtoon_frag},matcap:{uniforms:qt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,{matcap:{value:null}}]),vertexShader:Ze.meshmatcap_vert,fragmentShader:Ze.meshmatcap_frag},points:{uniforms:qt([_e.points,_e.fog]),vertexShader:Ze.points_vert,fragmentShader:Ze.points_frag},dashed:{uniforms:qt([_e.common,_e.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Ze.linedashed_vert,fragmentShader:Ze.linedashed_frag},depth:{uniforms:qt([_e.common,_e.displacementmap]),vertexShader:Ze.depth_vert,fragmentShader:Ze.depth_frag},normal:{uniforms:qt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,{opacity:{value:1}}]),vertexShader:Ze.meshnormal_vert,fragmentShader:Ze.meshnormal_frag},sprite:{uniforms:qt([_e.sprite,_e.fog]),vertexShader:Ze.sprite_vert,fragmentShader:Ze.sprite_frag},background:{uniforms:{uvTransform:{value:new ze},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Ze.background_vert,fragmentShader:Ze.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new ze}},vertexShader:Ze.backgroundCube_vert,fragmentShader:Ze.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Ze.cube_vert,fragmentShader:Ze.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Ze.equirect_vert,fragmentShader:Ze.equirect_frag},distance:{uniforms:qt([_e.common,_e.displacementmap,{referencePosition:{value:new z},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Ze.distance_vert,fragmentShader:Ze.distance_frag},shadow:{uniforms:qt([_e.lights,_e.fog,{color:{value:new Xe(0)},opacity:{value:1}}]),vertexShader:Ze.shadow_vert,fragmentShader:Ze.shadow_frag}};Xn.physical={uniforms:qt([Xn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new ze},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new ze},clearcoatNormalScale:{value:new Ue(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new ze},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new ze},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new ze},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new ze},sheen:{value:0},sheenColor:{value:new Xe(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new ze},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new ze},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new ze},transmissionSamplerSize:{value:new Ue},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new ze},attenuationDistance:{value:0},attenuationColor:{value:new Xe(0)},specularColor:{value:new Xe(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new ze},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new ze},anisotropyVector:{value:new Ue},anisotropyMap:{value:null},anisotropyMapTransform:{value:new ze}}]),vertexShader:Ze.meshphysical_vert,fragmentShader:Ze.meshphysical_frag};var Xc={r:0,b:0,g:0},bw=new rt,H0=new ze;H0.set(-1,0,0,0,1,0,0,0,1);function xw(n,e,t,i,r,s){let o=new Xe(0),a=r===!0?0:1,l,c,u=null,d=0,h=null;function f(y){let T=y.isScene===!0?y.background:null;if(T&&T.isTexture){let v=y.backgroundBlurriness>0;T=e.get(T,v)}return T}function p(y){let T=!1,v=f(y);v===null?g(o,a):v&&v.isColor&&(g(v,1),T=!0);let A=n.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,s):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||T)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function x(y,T){let v=f(T);v&&v.isCubeTexture?(c===void 0&&(c=new Qt(new gs(1,1,1),new Hn({name:"BackgroundCubeMaterial",uniforms:gr(Xn.backgroundCube.uniforms),vertexShader:Xn.backgroundCube.vertexShader,fragmentShader:Xn.backgroundCube.fragmentShader,side:en,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(A,w,b){this.matrixWorld.copyPosition(b.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=v,c.material.uniforms.backgroundBlurriness.value=T.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=T.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(bw.makeRotationFromEuler(T.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(H0),c.material.toneMapped=tt.getTransfer(v.colorSpace)!==at,(u!==v||d!==v.version||h!==n.toneMapping)&&(c.material.needsUpdate=!0,u=v,d=v.version,h=n.toneMapping),c.layers.enableAll(),y.unshift(c,c.geometry,c.material,0,0,null)):v&&v.isTexture&&(l===void 0&&(l=new Qt(new hr(2,2),new Hn({name:"BackgroundMaterial",uniforms:gr(Xn.background.uniforms),vertexShader:Xn.background.vertexShader,fragmentShader:Xn.background.fragmentShader,side:Bi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=v,l.material.uniforms.backgroundIntensity.value=T.backgroundIntensity,l.material.toneMapped=tt.getTransfer(v.colorSpace)!==at,v.matrixAutoUpdate===!0&&v.updateMatrix(),l.material.uniforms.uvTransform.value.copy(v.matrix),(u!==v||d!==v.version||h!==n.toneMapping)&&(l.material.needsUpdate=!0,u=v,d=v.version,h=n.toneMapping),l.layers.enableAll(),y.unshift(l,l.geometry,l.material,0,0,null))}function g(y,T){y.getRGB(Xc,vd(n)),t.buffers.color.setClear(Xc.r,Xc.g,Xc.b,T,s)}function m(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(y,T=1){o.set(y),a=T,g(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(y){a=y,g(o,a)},render:p,addToRenderList:x,dispose:m}}function yw(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=h(null),s=r,o=!1;function a(P,I,O,R,N){let G=!1,k=d(P,R,O,I);s!==k&&(s=k,c(s.object)),G=f(P,R,O,N),G&&p(P,R,O,N),N!==null&&e.update(N,n.ELEMENT_ARRAY_BUFFER),(G||o)&&(o=!1,v(P,I,O,R),N!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(N).buffer))}function l(){return n.createVertexArray()}function c(P){return n.bindVertexArray(P)}function u(P){return n.deleteVertexArray(P)}function d(P,I,O,R){let N=R.wireframe===!0,G=i[I.id];G===void 0&&(G={},i[I.id]=G);let k=P.isInstancedMesh===!0?P.id:0,j=G[k];j===void 0&&(j={},G[k]=j);let B=j[O.id];B===void 0&&(B={},j[O.id]=B);let W=B[N];return W===void 0&&(W=h(l()),B[N]=W),W}function h(P){let I=[],O=[],R=[];for(let N=0;N<t;N++)I[N]=0,O[N]=0,R[N]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:I,enabledAttributes:O,attributeDivisors:R,object:P,attributes:{},index:null}}function f(P,I,O,R){let N=s.attributes,G=I.attributes,k=0,j=O.getAttributes();for(let B in j)if(j[B].location>=0){let K=N[B],ye=G[B];if(ye===void 0&&(B==="instanceMatrix"&&P.instanceMatrix&&(ye=P.instanceMatrix),B==="instanceColor"&&P.instanceColor&&(ye=P.instanceColor)),K===void 0||K.attribute!==ye||ye&&K.data!==ye.data)return!0;k++}return s.attributesNum!==k||s.index!==R}function p(P,I,O,R){let N={},G=I.attributes,k=0,j=O.getAttributes();for(let B in j)if(j[B].location>=0){let K=G[B];K===void 0&&(B==="instanceMatrix"&&P.instanceMatrix&&(K=P.instanceMatrix),B==="instanceColor"&&P.instanceColor&&(K=P.instanceColor));let ye={};ye.attribute=K,K&&K.data&&(ye.data=K.data),N[B]=ye,k++}s.attributes=N,s.attributesNum=k,s.index=R}function x(){let P=s.newAttributes;for(let I=0,O=P.length;I<O;I++)P[I]=0}function g(P){m(P,0)}function m(P,I){let O=s.newAttributes,R=s.enabledAttributes,N=s.attributeDivisors;O[P]=1,R[P]===0&&(n.enableVertexAttribArray(P),R[P]=1),N[P]!==I&&(n.vertexAttribDivisor(P,I),N[P]=I)}function y(){let P=s.newAttributes,I=s.enabledAttributes;for(let O=0,R=I.length;O<R;O++)I[O]!==P[O]&&(n.disableVertexAttribArray(O),I[O]=0)}function T(P,I,O,R,N,G,k){k===!0?n.vertexAttribIPointer(P,I,O,N,G):n.vertexAttribPointer(P,I,O,R,N,G)}function v(P,I,O,R){x();let N=R.attributes,G=O.getAttributes(),k=I.defaultAttributeValues;for(let j in G){let B=G[j];if(B.location>=0){let W=N[j];if(W===void 0&&(j==="instanceMatrix"&&P.instanceMatrix&&(W=P.instanceMatrix),j==="instanceColor"&&P.instanceColor&&(W=P.instanceColor)),W!==void 0){let K=W.normalized,ye=W.itemSize,ne=e.get(W);if(ne===void 0)continue;let X=ne.buffer,re=ne.type,se=ne.bytesPerElement,xe=re===n.INT||re===n.UNSIGNED_INT||W.gpuType===lc;if(W.isInterleavedBufferAttribute){let ie=W.data,le=ie.isInterleavedBuffer===!0?ie.stride:ie.itemSize,De=W.offset;if(ie.isInstancedInterleavedBuffer||ie.isInstancedBufferAttribute){for(let Se=0;Se<B.locationSize;Se++)m(B.location+Se,ie.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=ie.meshPerAttribute*ie.count)}else for(let Se=0;Se<B.locationSize;Se++)g(B.location+Se);n.bindBuffer(n.ARRAY_BUFFER,X);for(let Se=0;Se<B.locationSize;Se++)T(B.location+Se,ye/B.locationSize,re,K,le*se,(De+ye/B.locationSize*Se)*se,xe)}else{if(W.isInstancedBufferAttribute){for(let ie=0;ie<B.locationSize;ie++)m(B.location+ie,W.meshPerAttribute);P.isInstancedMesh!==!0&&R._maxInstanceCount===void 0&&(R._maxInstanceCount=W.meshPerAttribute*W.count)}else for(let ie=0;ie<B.locationSize;ie++)g(B.location+ie);n.bindBuffer(n.ARRAY_BUFFER,X);for(let ie=0;ie<B.locationSize;ie++)T(B.location+ie,ye/B.locationSize,re,K,ye*se,ye/B.locationSize*ie*se,xe)}}else if(k!==void 0){let K=k[j];if(K!==void 0)switch(K.length){case 2:n.vertexAttrib2fv(B.location,K);break;case 3:n.vertexAttrib3fv(B.location,K);break;case 4:n.vertexAttrib4fv(B.location,K);break;default:n.vertexAttrib1fv(B.location,K)}}}}y()}function A(){D();for(let P in i){let I=i[P];for(let O in I){let R=I[O];for(let N in R){let G=R[N];for(let k in G)u(G[k].object),delete G[k];delete R[N]}}delete i[P]}}function w(P){if(i[P.id]===void 0)return;let I=i[P.id];for(let O in I){let R=I[O];for(let N in R){let G=R[N];for(let k in G)u(G[k].object),delete G[k];delete R[N]}}delete i[P.id]}function b(P){for(let I in i){let O=i[I];for(let R in O){let N=O[R];if(N[P.id]===void 0)continue;let G=N[P.id];for(let k in G)u(G[k].object),delete G[k];delete N[P.id]}}}function S(P){for(let I in i){let O=i[I],R=P.isInstancedMesh===!0?P.id:0,N=O[R];if(N!==void 0){for(let G in N){let k=N[G];for(let j in k)u(k[j].object),delete k[j];delete N[G]}delete O[R],Object.keys(O).length===0&&delete i[I]}}}function D(){C(),o=!0,s!==r&&(s=r,c(s.object))}function C(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:a,reset:D,resetDefaultState:C,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:S,releaseStatesOfProgram:b,initAttributes:x,enableAttribute:g,disableUnusedAttributes:y}}function vw(n,e,t){let i;function r(l){i=l}function s(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function o(l,c,u){u!==0&&(n.drawArraysInstanced(i,l,c,u),t.update(c,i,u))}function a(l,c,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,u);let h=0;for(let f=0;f<u;f++)h+=c[f];t.update(h,i,1)}this.setMode=r,this.render=s,this.renderInstances=o,this.renderMultiDraw=a}function _w(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let b=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(b.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function o(b){return!(b!==Fn&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(b){let S=b===Dn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(b!==rn&&b!==Mn&&!S&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(b){if(b==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";b="mediump"}return b==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",u=l(c);u!==c&&(Le("WebGLRenderer:",c,"not supported, using",u,"instead."),c=u);let d=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),h=t.logarithmicDepthBuffer===!0&&d===!1;t.reversedDepthBuffer===!0&&d===!1&&Le("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&d===!0&&Le("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),p=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),x=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),m=n.getParameter(n.MAX_VERTEX_ATTRIBS),y=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),T=n.getParameter(n.MAX_VARYING_VECTORS),v=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),A=n.getParameter(n.MAX_SAMPLES),w=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:h,reversedDepthBuffer:d,maxTextures:f,maxVertexTextures:p,maxTextureSize:x,maxCubemapSize:g,maxAttributes:m,maxVertexUniforms:y,maxVaryings:T,maxFragmentUniforms:v,maxSamples:A,samples:w}}function Mw(n){let e=this,t=null,i=0,r=!1,s=!1,o=new cn,a=new ze,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(d,h){let f=d.length!==0||h||i!==0||r;return r=h,i=d.length,f},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(d,h){t=u(d,h,0)},this.setState=function(d,h,f){let p=d.clippingPlanes,x=d.clipIntersection,g=d.clipShadows,m=n.get(d);if(!r||p===null||p.length===0||s&&!g)s?u(null):c();else{let y=s?0:i,T=y*4,v=m.clippingState||null;l.value=v,v=u(p,h,T,f);for(let A=0;A!==T;++A)v[A]=t[A];m.clippingState=v,this.numIntersection=x?this.numPlanes:0,this.numPlanes+=y}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function u(d,h,f,p){let x=d!==null?d.length:0,g=null;if(x!==0){if(g=l.value,p!==!0||g===null){let m=f+x*4,y=h.matrixWorldInverse;a.getNormalMatrix(y),(g===null||g.length<m)&&(g=new Float32Array(m));for(let T=0,v=f;T!==x;++T,v+=4)o.copy(d[T]).applyMatrix4(y,a),o.normal.toArray(g,v),g[v+3]=o.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=x,e.numIntersection=0,g}}var Xo=class extends hn{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new Mo(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new gs(5,5,5),s=new Hn({name:"CubemapFromEquirect",uniforms:gr(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:en,blending:dr});s.uniforms.tEquirect.value=t;let o=new Qt(r,s),a=t.minFilter;return t.minFilter===hi&&(t.minFilter=Jt),new bs(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,i,r);e.setRenderTarget(s)}},_0=256,Sw=3,ww=20,W0=256,$0=16,Aw=3,Tw=new z,Ew=new Xe,Yc=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new bs(1,10,null),this._boxMesh=new Qt(new gs(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:o=256,position:a=Tw}=s,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let d=l.autoClear,h=l.autoClearColor,f=l.autoClearDepth,p=l.autoClearStencil,x=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,x===null&&(e.background=l.getClearColor(Ew));let g=new bs(i,r,u);return g.position.copy(a),g.update(l,e),l.autoClear=d,l.autoClearColor=h,l.autoClearDepth=f,l.autoClearStencil=p,e.background=x,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=w0(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=S0(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(_0,bd(e))}_fromTexture(e,t){e.mapping===pr||e.mapping===_s?this._setSize(e.image.length===0?_0:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=M0(e,!1,!1),i=Math.log2(e)-Sw;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=M0(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===pr||e.mapping===_s?(this._cubemapMaterial===null&&(this._cubemapMaterial=w0()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=S0()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=Cw(),this._integrationMaterial=Rw());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/$0);for(let o=0;o<=i;o++){let a=n.lodToRoughness(o,i);if(o>i-Aw)s.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let l=a>0?Math.log2(t)+.5*Math.log2(6/(W0*Math.pow(a,4)))+.5:0;r.roughness.value=a,r.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=Pw());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function M0(n,e,t){return new Xo(n,{minFilter:hi,generateMipmaps:e,type:Dn,colorSpace:ho,depthBuffer:t})}function qo(n,e,t){return new Hn({name:n,uniforms:e,vertexShader:Ze.cube_vert,fragmentShader:t,side:en,blending:dr,depthTest:!1,depthWrite:!1})}function Cw(){return qo("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${W0}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Rw(){return qo("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:$0}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Pw(){return qo("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${ww}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function S0(){return qo("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function w0(){return qo("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Iw(n){let e=new WeakMap,t=new WeakMap,i=null;function r(h,f=!1){return h==null?null:f?o(h):s(h)}function s(h){if(h&&h.isTexture){let f=h.mapping;if(f===sc||f===oc)if(e.has(h)){let p=e.get(h).texture;return a(p,h.mapping)}else{let p=h.image;if(p&&p.height>0){let x=new Xo(p.height);return x.fromEquirectangularTexture(n,h),e.set(h,x),h.addEventListener("dispose",c),a(x.texture,h.mapping)}else return null}}return h}function o(h){if(h&&h.isTexture&&h.isPMREMTexture!==!0){let f=h.mapping,p=f===sc||f===oc,x=f===pr||f===_s;if(p||x){let g=t.get(h),m=g!==void 0?g.texture.pmremVersion:0;if(h.isRenderTargetTexture&&h.pmremVersion!==m)return i===null&&(i=new Yc(n)),g=p?i.fromEquirectangular(h,g):i.fromCubemap(h,g),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),g.texture;if(g!==void 0)return g.texture;{let y=h.image;return p&&y&&y.height>0||x&&y&&l(y)?(i===null&&(i=new Yc(n)),g=p?i.fromEquirectangular(h):i.fromCubemap(h),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),h.addEventListener("dispose",u),g.texture):null}}}return h}function a(h,f){return f===sc?h.mapping=pr:f===oc&&(h.mapping=_s),h}function l(h){let f=0,p=6;for(let x=0;x<p;x++)h[x]!==void 0&&f++;return f===p}function c(h){let f=h.target;f.removeEventListener("dispose",c);let p=e.get(f);p!==void 0&&(e.delete(f),p.dispose())}function u(h){let f=h.target;f.removeEventListener("dispose",u);let p=t.get(f);p!==void 0&&(t.delete(f),p.dispose())}function d(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:d}}function Lw(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&ao("WebGLRenderer: "+i+" extension not supported."),r}}}function Nw(n,e,t,i){let r={},s=new WeakMap,o=new FinalizationRegistry(p=>delete r[p]);function a(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let g in p.attributes)e.remove(p.attributes[g]);p.removeEventListener("dispose",a),delete r[p.id],o.unregister(p);let x=s.get(p);x&&(e.remove(x),s.delete(p)),i.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,x){return r[x.id]!==void 0||(x.addEventListener("dispose",a),r[x.id]=new WeakRef(x),o.register(x,x.id,x),t.memory.geometries++),x}function u(p){let x=p.attributes;for(let g in x)e.update(x[g],n.ARRAY_BUFFER)}function d(p){let x=p.index,g=p.attributes.position,m=0;if(g===void 0)return;let y=x!==null?x.array.length:g.array.length/3-1,T=g.count>=65535?xo:bo,v=new T(Math.ceil(y/3)*6,1),A=v.array;if(x!==null){let b=x.array;m=x.version;for(let S=0,D=0;S<y;S+=3){let C=b[S+0],P=b[S+1],I=b[S+2];A[D++]=C,A[D++]=P,A[D++]=P,A[D++]=I,A[D++]=I,A[D++]=C}}else{m=g.version;for(let b=0,S=0;b<y;b+=3){let D=b+0,C=b+1,P=b+2;A[S++]=D,A[S++]=C,A[S++]=C,A[S++]=P,A[S++]=P,A[S++]=D}}v.version=m;let w=s.get(p);w&&e.remove(w),s.set(p,v)}function h(p){let x=s.get(p);if(x){let g=p.index;g!==null&&x.version<g.version&&d(p)}else d(p);return s.get(p)}function f(){for(let p in r){let x=r[p].deref();x!==void 0&&l(x)}}return{get:c,update:u,getWireframeAttribute:h,dispose:f}}function Dw(n,e,t){let i;function r(d){i=d}let s,o;function a(d){s=d.type,o=d.bytesPerElement}function l(d,h){n.drawElements(i,h,s,d*o),t.update(h,i,1)}function c(d,h,f){f!==0&&(n.drawElementsInstanced(i,h,s,d*o,f),t.update(h,i,f))}function u(d,h,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,h,0,s,d,0,f);let x=0;for(let g=0;g<f;g++)x+=h[g];t.update(x,i,1)}this.setMode=r,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=u}function Fw(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,o,a){switch(t.calls++,o){case n.TRIANGLES:t.triangles+=a*(s/3);break;case n.LINES:t.lines+=a*(s/2);break;case n.LINE_STRIP:t.lines+=a*(s-1);break;case n.LINE_LOOP:t.lines+=a*s;break;case n.POINTS:t.points+=a*s;break;default:Be("WebGLInfo: Unknown draw mode:",o);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function Ow(n,e,t){let i=new WeakMap,r=new mt;function s(o,a,l){let c=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,d=u!==void 0?u.length:0,h=i.get(a);if(h===void 0||h.count!==d){let D=function(){b.dispose(),i.delete(a),a.removeEventListener("dispose",D)};h!==void 0&&h.texture.dispose();let f=a.morphAttributes.position!==void 0,p=a.morphAttributes.normal!==void 0,x=a.morphAttributes.color!==void 0,g=a.morphAttributes.position||[],m=a.morphAttributes.normal||[],y=a.morphAttributes.color||[],T=0;f===!0&&(T=1),p===!0&&(T=2),x===!0&&(T=3);let v=a.attributes.position.count*T,A=1;v>e.maxTextureSize&&(A=Math.ceil(v/e.maxTextureSize),v=e.maxTextureSize);let w=new Float32Array(v*A*4*d),b=new mo(w,v,A,d);b.type=Mn,b.needsUpdate=!0;let S=T*4;for(let C=0;C<d;C++){let P=g[C],I=m[C],O=y[C],R=v*A*4*C;for(let N=0;N<P.count;N++){let G=N*S;f===!0&&(r.fromBufferAttribute(P,N),w[R+G+0]=r.x,w[R+G+1]=r.y,w[R+G+2]=r.z,w[R+G+3]=0),p===!0&&(r.fromBufferAttribute(I,N),w[R+G+4]=r.x,w[R+G+5]=r.y,w[R+G+6]=r.z,w[R+G+7]=0),x===!0&&(r.fromBufferAttribute(O,N),w[R+G+8]=r.x,w[R+G+9]=r.y,w[R+G+10]=r.z,w[R+G+11]=O.itemSize===4?r.w:1)}}h={count:d,texture:b,size:new Ue(v,A)},i.set(a,h),a.addEventListener("dispose",D)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",o.morphTexture,t);else{let f=0;for(let x=0;x<c.length;x++)f+=c[x];let p=a.morphTargetsRelative?1:1-f;l.getUniforms().setValue(n,"morphTargetBaseInfluence",p),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",h.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",h.size)}return{update:s}}function Uw(n,e,t,i,r){let s=new WeakMap;function o(c){let u=r.render.frame,d=c.geometry,h=e.get(c,d);if(s.get(h)!==u&&(e.update(h),s.set(h,u)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==u&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),s.set(c,u))),c.isSkinnedMesh){let f=c.skeleton;s.get(f)!==u&&(f.update(),s.set(f,u))}return h}function a(){s=new WeakMap}function l(c){let u=c.target;u.removeEventListener("dispose",l),i.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var Bw={[Jh]:"LINEAR_TONE_MAPPING",[jh]:"REINHARD_TONE_MAPPING",[Qh]:"CINEON_TONE_MAPPING",[ed]:"ACES_FILMIC_TONE_MAPPING",[nd]:"AGX_TONE_MAPPING",[id]:"NEUTRAL_TONE_MAPPING",[td]:"CUSTOM_TONE_MAPPING"};function kw(n,e,t,i,r,s){let o=new hn(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,u=new At;u.setAttribute("position",new Vt([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Vt([0,2,0,0,2,0],2));let d=new Gl({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),h=new Qt(u,d),f=new Lo(-1,1,1,-1,0,1),p=null,x=null,g=!1,m,y=null,T=[],v=!1;this.setSize=function(A,w){o.setSize(A,w),a!==null&&a.setSize(A,w),l!==null&&l.setSize(A,w);for(let b=0;b<T.length;b++){let S=T[b];S.setSize&&S.setSize(A,w)}},this.setEffects=function(A){T=A,v=T.length>0&&T[0].isRenderPass===!0;let w=o.width,b=o.height;T.length>0&&a===null&&(a=new hn(w,b,{type:Dn,depthBuffer:!1,stencilBuffer:!1}),l=new hn(w,b,{type:Dn,depthBuffer:!1,stencilBuffer:!1}));let S=r===!0&&T.some(D=>D.needsDepthTexture===!0);S!==(o.depthTexture!==null)&&(S===!0&&c===null&&(c=new ui(w,b),s===!0&&(c.format=di,c.type=mr)),o.dispose(),o.depthTexture=S?c:null,o.resolveDepthBuffer=S,o.storeMultisampledDepthBuffer=S);for(let D=0;D<T.length;D++){let C=T[D];C.setSize&&C.setSize(w,b),S&&C.needsDepthTexture===!0&&C.setDepthTexture&&C.setDepthTexture(c)}},this.begin=function(A,w){if(g||A.toneMapping===Wn&&T.length===0)return!1;if(y=w,w!==null){let b=w.width,S=w.height;(o.width!==b||o.height!==S)&&this.setSize(b,S)}return v===!1&&A.setRenderTarget(o),m=A.toneMapping,A.toneMapping=Wn,!0},this.hasRenderPass=function(){return v},this.end=function(A,w){A.toneMapping=m,g=!0;let b=o,S=a;for(let D=0;D<T.length;D++){let C=T[D];C.enabled!==!1&&(C.render(A,S,b,w),C.needsSwap!==!1&&(b=S,S=S===a?l:a))}if(p!==A.outputColorSpace||x!==A.toneMapping){p=A.outputColorSpace,x=A.toneMapping,d.defines={},tt.getTransfer(p)===at&&(d.defines.SRGB_TRANSFER="");let D=Bw[x];D&&(d.defines[D]=""),d.needsUpdate=!0}d.uniforms.tDiffuse.value=b.texture,A.setRenderTarget(y),A.render(h,f),y=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),u.dispose(),d.dispose()}}var X0=new jt,q0=new ui(1,1),Y0=new wo(1),K0=new mo,Z0=new Bl,J0=new Mo,A0=[],T0=[],E0=new Float32Array(16),C0=new Float32Array(9),R0=new Float32Array(4);function As(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=A0[r];if(s===void 0&&(s=new Float32Array(r),A0[r]=s),e!==0){i.toArray(s,0);for(let o=1,a=0;o!==e;++o)a+=t,n[o].toArray(s,a)}return s}function Tt(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Et(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function Zc(n,e){let t=T0[e];t===void 0&&(t=new Int32Array(e),T0[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function zw(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function Vw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2fv(this.addr,e),Et(t,e)}}function Gw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Tt(t,e))return;n.uniform3fv(this.addr,e),Et(t,e)}}function Hw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4fv(this.addr,e),Et(t,e)}}function Ww(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Et(t,e)}else{if(Tt(t,i))return;R0.set(i),n.uniformMatrix2fv(this.addr,!1,R0),Et(t,i)}}function $w(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Et(t,e)}else{if(Tt(t,i))return;C0.set(i),n.uniformMatrix3fv(this.addr,!1,C0),Et(t,i)}}function Xw(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Tt(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Et(t,e)}else{if(Tt(t,i))return;E0.set(i),n.uniformMatrix4fv(this.addr,!1,E0),Et(t,i)}}function qw(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function Yw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2iv(this.addr,e),Et(t,e)}}function Kw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Tt(t,e))return;n.uniform3iv(this.addr,e),Et(t,e)}}function Zw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4iv(this.addr,e),Et(t,e)}}function Jw(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function jw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Tt(t,e))return;n.uniform2uiv(this.addr,e),Et(t,e)}}function Qw(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Tt(t,e))return;n.uniform3uiv(this.addr,e),Et(t,e)}}function eA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Tt(t,e))return;n.uniform4uiv(this.addr,e),Et(t,e)}}function Jc(n){return n.version===0&&(n.compareFunction=fd,n.needsUpdate=!0),n}function tA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=Jc(q0):s=X0,t.setTexture2D(e||s,r)}function nA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||Z0,r)}function iA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=Jc(Y0):s=J0,t.setTextureCube(e||s,r)}function rA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||K0,r)}function sA(n){switch(n){case 5126:return zw;case 35664:return Vw;case 35665:return Gw;case 35666:return Hw;case 35674:return Ww;case 35675:return $w;case 35676:return Xw;case 5124:case 35670:return qw;case 35667:case 35671:return Yw;case 35668:case 35672:return Kw;case 35669:case 35673:return Zw;case 5125:return Jw;case 36294:return jw;case 36295:return Qw;case 36296:return eA;case 35678:case 36198:case 36298:case 36306:case 35682:return tA;case 35679:case 36299:case 36307:return nA;case 35680:case 36300:case 36308:case 36293:return iA;case 36289:case 36303:case 36311:case 36292:return rA}}function oA(n,e){n.uniform1fv(this.addr,e)}function aA(n,e){let t=As(e,this.size,2);n.uniform2fv(this.addr,t)}function lA(n,e){let t=As(e,this.size,3);n.uniform3fv(this.addr,t)}function cA(n,e){let t=As(e,this.size,4);n.uniform4fv(this.addr,t)}function uA(n,e){let t=As(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function hA(n,e){let t=As(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function dA(n,e){let t=As(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function fA(n,e){n.uniform1iv(this.addr,e)}function pA(n,e){n.uniform2iv(this.addr,e)}function mA(n,e){n.uniform3iv(this.addr,e)}function gA(n,e){n.uniform4iv(this.addr,e)}function bA(n,e){n.uniform1uiv(this.addr,e)}function xA(n,e){n.uniform2uiv(this.addr,e)}function yA(n,e){n.uniform3uiv(this.addr,e)}function vA(n,e){n.uniform4uiv(this.addr,e)}function _A(n,e,t){let i=this.cache,r=e.length,s=Zc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Et(i,s));let o;this.type===n.SAMPLER_2D_SHADOW?o=Jc(q0):o=X0;for(let a=0;a!==r;++a)t.setTexture2D(e[a]||o,s[a])}function MA(n,e,t){let i=this.cache,r=e.length,s=Zc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Et(i,s));for(let o=0;o!==r;++o)t.setTexture3D(e[o]||Z0,s[o])}function SA(n,e,t){let i=this.cache,r=e.length,s=Zc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Et(i,s));let o;this.type===n.SAMPLER_CUBE_SHADOW?o=Jc(Y0):o=J0;for(let a=0;a!==r;++a)t.setTextureCube(e[a]||o,s[a])}function wA(n,e,t){let i=this.cache,r=e.length,s=Zc(t,r);Tt(i,s)||(n.uniform1iv(this.addr,s),Et(i,s));for(let o=0;o!==r;++o)t.setTexture2DArray(e[o]||K0,s[o])}function AA(n){switch(n){case 5126:return oA;case 35664:return aA;case 35665:return lA;case 35666:return cA;case 35674:return uA;case 35675:return hA;case 35676:return dA;case 5124:case 35670:return fA;case 35667:case 35671:return pA;case 35668:case 35672:return mA;case 35669:case 35673:return gA;case 5125:return bA;case 36294:return xA;case 36295:return yA;case 36296:return vA;case 35678:case 36198:case 36298:case 36306:case 35682:return _A;case 35679:case 36299:case 36307:return MA;case 35680:case 36300:case 36308:case 36293:return SA;case 36289:case 36303:case 36311:case 36292:return wA}}var Id=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=sA(t.type)}},Ld=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=AA(t.type)}},Nd=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,o=r.length;s!==o;++s){let a=r[s];a.setValue(e,t[a.id],i)}}},Rd=/(\w+)(\])?(\[|\.)?/g;function P0(n,e){n.seq.push(e),n.map[e.id]=e}function TA(n,e,t){let i=n.name,r=i.length;for(Rd.lastIndex=0;;){let s=Rd.exec(i),o=Rd.lastIndex,a=s[1],l=s[2]==="]",c=s[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===r){P0(t,c===void 0?new Id(a,n,e):new Ld(a,n,e));break}else{let d=t.map[a];d===void 0&&(d=new Nd(a),P0(t,d)),t=d}}}var ws=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<i;++o){let a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);TA(a,l,this)}let r=[],s=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(o):s.push(o);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,o=t.length;s!==o;++s){let a=t[s],l=i[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let o=e[r];o.id in t&&i.push(o)}return i}};function I0(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var EA=37297,CA=0;function RA(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let o=r;o<s;o++){let a=o+1;i.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return i.join(`
`)}var L0=new ze;function PA(n){tt._getMatrix(L0,tt.workingColorSpace,n);let e=`mat3( ${L0.elements.map(t=>t.toFixed(4))} )`;switch(tt.getTransfer(n)){case fo:return[e,"LinearTransferOETF"];case at:return[e,"sRGBTransferOETF"];default:return Le("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function N0(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let o=/ERROR: 0:(\d+)/.exec(s);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+s+`

`+RA(n.getShaderSource(e),a)}else return s}function IA(n,e){let t=PA(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var LA={[Jh]:"Linear",[jh]:"Reinhard",[Qh]:"Cineon",[ed]:"ACESFilmic",[nd]:"AgX",[id]:"Neutral",[td]:"Custom"};function NA(n,e){let t=LA[e];return t===void 0?(Le("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var qc=new z;function DA(){tt.getLuminanceCoefficients(qc);let n=qc.x.toFixed(4),e=qc.y.toFixed(4),t=qc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function FA(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter($o).join(`
`)}function OA(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function UA(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),o=s.name,a=1;s.type===n.FLOAT_MAT2&&(a=2),s.type===n.FLOAT_MAT3&&(a=3),s.type===n.FLOAT_MAT4&&(a=4),t[o]={type:s.type,location:n.getAttribLocation(e,o),locationSize:a}}return t}function $o(n){return n!==""}function D0(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function F0(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var BA=/^[ \t]*#include +<([\w\d./]+)>/gm;function Dd(n){return n.replace(BA,kA)}function kA(n,e){let t=Ze[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Dd(t)}var zA=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function O0(n){return n.replace(zA,VA)}function VA(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function U0(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var GA={[Oo]:"SHADOWMAP_TYPE_PCF",[ys]:"SHADOWMAP_TYPE_VSM"};function HA(n){return GA[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var WA={[_s]:"ENVMAP_MODE_REFRACTION"};function $A(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":WA[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var XA={[rc]:"ENVMAP_BLENDING_MULTIPLY",[Qg]:"ENVMAP_BLENDING_MIX",[e0]:"ENVMAP_BLENDING_ADD"};function qA(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":XA[n.combine]||"ENVMAP_BLENDING_NONE"}function YA(n,e,t,i){let r=n.getContext(),s=t.defines,o=t.vertexShader,a=t.fragmentShader,l=HA(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=$A(t),d=qA(t),h=FA(t),f=OA(s),p=r.createProgram(),x,g,m=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(x=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter($o).join(`
`),x.length>0&&(x+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter($o).join(`
`),g.length>0&&(g+=`
`)):(x=[U0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter($o).join(`
`),g=[U0(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+u:"",t.envMap?"#define "+d:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Wn?"#define TONE_MAPPING":"",t.toneMapping!==Wn?Ze.tonemapping_pars_fragment:"",t.toneMapping!==Wn?NA("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Ze.colorspace_pars_fragment,IA("linearToOutputTexel",t.outputColorSpace),DA(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter($o).join(`
`)),o=Dd(o),o=D0(o,t),o=F0(o,t),a=Dd(a),a=D0(a,t),a=F0(a,t),o=O0(o),a=O0(a),t.isRawShaderMaterial!==!0&&(m=`#version 300 es
`,x=[h,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+x,g=["#define varying in",t.glslVersion===pd?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===pd?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let y=m+x+o,T=m+g+a,v=I0(r,r.VERTEX_SHADER,y),A=I0(r,r.FRAGMENT_SHADER,T);r.attachShader(p,v),r.attachShader(p,A),t.index0AttributeName!==void 0?r.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(p,0,"position"),r.linkProgram(p);function w(C){if(n.debug.checkShaderErrors){let P=r.getProgramInfoLog(p)||"",I=r.getShaderInfoLog(v)||"",O=r.getShaderInfoLog(A)||"",R=P.trim(),N=I.trim(),G=O.trim(),k=!0,j=!0;if(r.getProgramParameter(p,r.LINK_STATUS)===!1)if(k=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,p,v,A);else{let B=N0(r,v,"vertex"),W=N0(r,A,"fragment");Be("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(p,r.VALIDATE_STATUS)+`

Material Name: `+C.name+`
Material Type: `+C.type+`

Program Info Log: `+R+`
`+B+`
`+W)}else R!==""?Le("WebGLProgram: Program Info Log:",R):(N===""||G==="")&&(j=!1);j&&(C.diagnostics={runnable:k,programLog:R,vertexShader:{log:N,prefix:x},fragmentShader:{log:G,prefix:g}})}r.deleteShader(v),r.deleteShader(A),b=new ws(r,p),S=UA(r,p)}let b;this.getUniforms=function(){return b===void 0&&w(this),b};let S;this.getAttributes=function(){return S===void 0&&w(this),S};let D=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return D===!1&&(D=r.getProgramParameter(p,EA)),D},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=CA++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=v,this.fragmentShader=A,this}var KA=0,Fd=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Od(e),t.set(e,i)),i}},Od=class{constructor(e){this.id=KA++,this.code=e,this.usedTimes=0}};function ZA(n){return n===ki||n===Go||n===Ho}function JA(n,e,t,i,r,s){let o=new hs,a=new Fd,l=new Set,c=[],u=new Map,d=i.logarithmicDepthBuffer,h={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(b){return l.add(b),b===0?"uv":`uv${b}`}function p(b,S,D,C,P,I){let O=C.fog,R=P.geometry,N=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?C.environment:null,G=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap,k=e.get(b.envMap||N,G),j=h[b.type],B=i.precision;b.precision!==null&&(B=i.getMaxPrecision(b.precision),B!==b.precision&&Le("WebGLProgram.getParameters:",b.precision,"not supported, using",B,"instead."));let W=R.morphAttributes.position||R.morphAttributes.normal||R.morphAttributes.color,K=W!==void 0?W.length:0,ye=0;R.morphAttributes.position!==void 0&&(ye=1),R.morphAttributes.normal!==void 0&&(ye=2),R.morphAttributes.color!==void 0&&(ye=3);let ne,X,re,se;if(j){let ve=Xn[j];ne=ve.vertexShader,X=ve.fragmentShader}else{ne=b.vertexShader,X=b.fragmentShader;let ve=a.getVertexShaderStage(b),lt=a.getFragmentShaderStage(b);a.update(b,ve,lt),re=ve.id,se=lt.id}let xe=n.getRenderTarget(),ie=n.state.buffers.depth.getReversed(),le=P.isInstancedMesh===!0,De=P.isBatchedMesh===!0,Se=!!b.map,He=!!b.matcap,We=!!k,Fe=We&&k.isPMREMTexture===!0,we=!!b.aoMap,Oe=!!b.lightMap,Je=!!b.bumpMap&&b.wireframe===!1,ke=!!b.normalMap,Rt=!!b.displacementMap,nt=!!b.emissiveMap,Bt=!!b.metalnessMap,gt=!!b.roughnessMap,fn=b.anisotropy>0,U=b.clearcoat>0,pn=b.diffuseRoughness>0,ft=b.dispersion>0,pt=b.retroreflectivity>0,be=b.iridescence>0,St=b.sheen>0,Ne=b.transmission>0,Ve=fn&&!!b.anisotropyMap,E=U&&!!b.clearcoatMap,_=U&&!!b.clearcoatNormalMap,H=U&&!!b.clearcoatRoughnessMap,oe=pn&&!!b.diffuseRoughnessMap,te=be&&!!b.iridescenceMap,ue=be&&!!b.iridescenceThicknessMap,me=St&&!!b.sheenColorMap,J=St&&!!b.sheenRoughnessMap,Q=!!b.specularMap,de=!!b.specularColorMap,L=!!b.specularIntensityMap,ee=Ne&&!!b.transmissionMap,Y=Ne&&!!b.thicknessMap,fe=!!b.gradientMap,ce=!!b.alphaMap,he=b.alphaTest>0,Pe=!!b.alphaHash,Ke=!!b.extensions,ae=Wn;b.toneMapped&&(xe===null||xe.isXRRenderTarget===!0)&&(ae=n.toneMapping);let Ie=Fe?k.isCompressedCubeTexture?k.image[0].mipmaps:k.mipmaps:null,qe={shaderID:j,shaderType:b.type,shaderName:b.name,vertexShader:ne,fragmentShader:X,defines:b.defines,customVertexShaderID:re,customFragmentShaderID:se,isRawShaderMaterial:b.isRawShaderMaterial===!0,glslVersion:b.glslVersion,precision:B,batching:De,batchingColor:De&&P._colorsTexture!==null,instancing:le,instancingColor:le&&P.instanceColor!==null,instancingMorph:le&&P.morphTexture!==null,outputColorSpace:xe===null?n.outputColorSpace:xe.isXRRenderTarget===!0?xe.texture.colorSpace:tt.workingColorSpace,alphaToCoverage:!!b.alphaToCoverage,map:Se,matcap:He,envMap:We,envMapMode:We&&k.mapping,envMapPMREM:Fe,envMapMaxLod:Fe?Ie.length-1:null,envMapSize:Fe?Ie[0].width:null,aoMap:we,lightMap:Oe,bumpMap:Je,normalMap:ke,displacementMap:Rt,emissiveMap:nt,normalMapObjectSpace:ke&&b.normalMapType===i0,normalMapTangentSpace:ke&&b.normalMapType===$c,packedNormalMap:ke&&b.normalMapType===$c&&ZA(b.normalMap.format),metalnessMap:Bt,roughnessMap:gt,anisotropy:fn,anisotropyMap:Ve,clearcoat:U,clearcoatMap:E,clearcoatNormalMap:_,clearcoatRoughnessMap:H,diffuseRoughness:pn,diffuseRoughnessMap:oe,dispersion:ft,retroreflection:pt,iridescence:be,iridescenceMap:te,iridescenceThicknessMap:ue,sheen:St,sheenColorMap:me,sheenRoughnessMap:J,specularMap:Q,specularColorMap:de,specularIntensityMap:L,transmission:Ne,transmissionMap:ee,thicknessMap:Y,gradientMap:fe,opaque:b.transparent===!1&&b.blending===vs&&b.alphaToCoverage===!1,alphaMap:ce,alphaTest:he,alphaHash:Pe,combine:b.combine,mapUv:Se&&f(b.map.channel),aoMapUv:we&&f(b.aoMap.channel),lightMapUv:Oe&&f(b.lightMap.channel),bumpMapUv:Je&&f(b.bumpMap.channel),normalMapUv:ke&&f(b.normalMap.channel),displacementMapUv:Rt&&f(b.displacementMap.channel),emissiveMapUv:nt&&f(b.emissiveMap.channel),metalnessMapUv:Bt&&f(b.metalnessMap.channel),roughnessMapUv:gt&&f(b.roughnessMap.channel),anisotropyMapUv:Ve&&f(b.anisotropyMap.channel),clearcoatMapUv:E&&f(b.clearcoatMap.channel),clearcoatNormalMapUv:_&&f(b.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:H&&f(b.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:oe&&f(b.diffuseRoughnessMap.channel),iridescenceMapUv:te&&f(b.iridescenceMap.channel),iridescenceThicknessMapUv:ue&&f(b.iridescenceThicknessMap.channel),sheenColorMapUv:me&&f(b.sheenColorMap.channel),sheenRoughnessMapUv:J&&f(b.sheenRoughnessMap.channel),specularMapUv:Q&&f(b.specularMap.channel),specularColorMapUv:de&&f(b.specularColorMap.channel),specularIntensityMapUv:L&&f(b.specularIntensityMap.channel),transmissionMapUv:ee&&f(b.transmissionMap.channel),thicknessMapUv:Y&&f(b.thicknessMap.channel),alphaMapUv:ce&&f(b.alphaMap.channel),vertexTangents:!!R.attributes.tangent&&(ke||fn),vertexNormals:!!R.attributes.normal,vertexColors:b.vertexColors,vertexAlphas:b.vertexColors===!0&&!!R.attributes.color&&R.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!R.attributes.uv&&(Se||ce),fog:!!O,useFog:b.fog===!0,fogExp2:!!O&&O.isFogExp2,flatShading:b.wireframe===!1&&(b.flatShading===!0||R.attributes.normal===void 0&&ke===!1&&(b.isMeshLambertMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isMeshPhysicalMaterial)),sizeAttenuation:b.sizeAttenuation===!0,logarithmicDepthBuffer:d,reversedDepthBuffer:ie,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:R.attributes.position!==void 0,morphTargets:R.morphAttributes.position!==void 0,morphNormals:R.morphAttributes.normal!==void 0,morphColors:R.morphAttributes.color!==void 0,morphTargetsCount:K,morphTextureStride:ye,numSunLights:S.sun.length,numDirLights:S.directional.length,numPointLights:S.point.length,numSpotLights:S.spot.length,numSpotLightMaps:S.spotLightMap.length,numRectAreaLights:S.rectArea.length,numHemiLights:S.hemi.length,numSunLightShadows:S.sunShadowMap.length,numDirLightShadows:S.directionalShadowMap.length,numPointLightShadows:S.pointShadowMap.length,numSpotLightShadows:S.spotShadowMap.length,numSpotLightShadowsWithMaps:S.numSpotLightShadowsWithMaps,numLightProbes:S.numLightProbes,numLightProbeGrids:I.filter(ve=>ve.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:b.dithering,shadowMapEnabled:n.shadowMap.enabled&&D.length>0,shadowMapType:n.shadowMap.type,toneMapping:ae,decodeVideoTexture:Se&&b.map.isVideoTexture===!0&&tt.getTransfer(b.map.colorSpace)===at,decodeVideoTextureEmissive:nt&&b.emissiveMap.isVideoTexture===!0&&tt.getTransfer(b.emissiveMap.colorSpace)===at,premultipliedAlpha:b.premultipliedAlpha,doubleSided:b.side===_n,flipSided:b.side===en,useDepthPacking:b.depthPacking>=0,depthPacking:b.depthPacking||0,index0AttributeName:b.index0AttributeName,extensionClipCullDistance:Ke&&b.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Ke&&b.extensions.multiDraw===!0||De)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:b.customProgramCacheKey()};return qe.vertexUv1s=l.has(1),qe.vertexUv2s=l.has(2),qe.vertexUv3s=l.has(3),l.clear(),qe}function x(b){let S=[];if(b.shaderID?S.push(b.shaderID):(S.push(b.customVertexShaderID),S.push(b.customFragmentShaderID)),b.defines!==void 0)for(let D in b.defines)S.push(D),S.push(b.defines[D]);return b.isRawShaderMaterial===!1&&(g(S,b),m(S,b),S.push(n.outputColorSpace)),S.push(b.customProgramCacheKey),S.join()}function g(b,S){b.push(S.precision),b.push(S.outputColorSpace),b.push(S.envMapMode),b.push(S.envMapPMREM),b.push(S.envMapMaxLod),b.push(S.envMapSize),b.push(S.mapUv),b.push(S.alphaMapUv),b.push(S.lightMapUv),b.push(S.aoMapUv),b.push(S.bumpMapUv),b.push(S.normalMapUv),b.push(S.displacementMapUv),b.push(S.emissiveMapUv),b.push(S.metalnessMapUv),b.push(S.roughnessMapUv),b.push(S.anisotropyMapUv),b.push(S.clearcoatMapUv),b.push(S.clearcoatNormalMapUv),b.push(S.clearcoatRoughnessMapUv),b.push(S.diffuseRoughnessMapUv),b.push(S.iridescenceMapUv),b.push(S.iridescenceThicknessMapUv),b.push(S.sheenColorMapUv),b.push(S.sheenRoughnessMapUv),b.push(S.specularMapUv),b.push(S.specularColorMapUv),b.push(S.specularIntensityMapUv),b.push(S.transmissionMapUv),b.push(S.thicknessMapUv),b.push(S.combine),b.push(S.fogExp2),b.push(S.sizeAttenuation),b.push(S.morphTargetsCount),b.push(S.numSunLights),b.push(S.numDirLights),b.push(S.numPointLights),b.push(S.numSpotLights),b.push(S.numSpotLightMaps),b.push(S.numHemiLights),b.push(S.numRectAreaLights),b.push(S.numSunLightShadows),b.push(S.numDirLightShadows),b.push(S.numPointLightShadows),b.push(S.numSpotLightShadows),b.push(S.numSpotLightShadowsWithMaps),b.push(S.numLightProbes),b.push(S.numLightProbeGrids),b.push(S.shadowMapType),b.push(S.toneMapping),b.push(S.numClippingPlanes),b.push(S.numClipIntersection),b.push(S.depthPacking)}function m(b,S){o.disableAll(),S.instancing&&o.enable(0),S.instancingColor&&o.enable(1),S.instancingMorph&&o.enable(2),S.matcap&&o.enable(3),S.envMap&&o.enable(4),S.normalMapObjectSpace&&o.enable(5),S.normalMapTangentSpace&&o.enable(6),S.clearcoat&&o.enable(7),S.iridescence&&o.enable(8),S.alphaTest&&o.enable(9),S.vertexColors&&o.enable(10),S.vertexAlphas&&o.enable(11),S.vertexUv1s&&o.enable(12),S.vertexUv2s&&o.enable(13),S.vertexUv3s&&o.enable(14),S.vertexTangents&&o.enable(15),S.anisotropy&&o.enable(16),S.alphaHash&&o.enable(17),S.batching&&o.enable(18),S.dispersion&&o.enable(19),S.retroreflection&&o.enable(24),S.diffuseRoughness&&o.enable(25),S.batchingColor&&o.enable(20),S.gradientMap&&o.enable(21),S.packedNormalMap&&o.enable(22),S.vertexNormals&&o.enable(23),b.push(o.mask),o.disableAll(),S.fog&&o.enable(0),S.useFog&&o.enable(1),S.flatShading&&o.enable(2),S.logarithmicDepthBuffer&&o.enable(3),S.reversedDepthBuffer&&o.enable(4),S.skinning&&o.enable(5),S.morphTargets&&o.enable(6),S.morphNormals&&o.enable(7),S.morphColors&&o.enable(8),S.premultipliedAlpha&&o.enable(9),S.shadowMapEnabled&&o.enable(10),S.doubleSided&&o.enable(11),S.flipSided&&o.enable(12),S.useDepthPacking&&o.enable(13),S.dithering&&o.enable(14),S.transmission&&o.enable(15),S.sheen&&o.enable(16),S.opaque&&o.enable(17),S.pointsUvs&&o.enable(18),S.decodeVideoTexture&&o.enable(19),S.decodeVideoTextureEmissive&&o.enable(20),S.alphaToCoverage&&o.enable(21),S.numLightProbeGrids>0&&o.enable(22),S.hasPositionAttribute&&o.enable(23),b.push(o.mask)}function y(b){let S=h[b.type],D;if(S){let C=Xn[S];D=x0.clone(C.uniforms)}else D=b.uniforms;return D}function T(b,S){let D=u.get(S);return D!==void 0?++D.usedTimes:(D=new YA(n,S,b,r),c.push(D),u.set(S,D)),D}function v(b){if(--b.usedTimes===0){let S=c.indexOf(b);c[S]=c[c.length-1],c.pop(),u.delete(b.cacheKey),b.destroy()}}function A(b){a.remove(b)}function w(){a.dispose()}return{getParameters:p,getProgramCacheKey:x,getUniforms:y,acquireProgram:T,releaseProgram:v,releaseShaderCache:A,programs:c,dispose:w}}function jA(){let n=new WeakMap;function e(o){return n.has(o)}function t(o){let a=n.get(o);return a===void 0&&(a={},n.set(o,a)),a}function i(o){n.delete(o)}function r(o,a,l){n.get(o)[a]=l}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function QA(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function B0(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function k0(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function o(h){let f=0;return h.isInstancedMesh&&(f+=2),h.isSkinnedMesh&&(f+=1),f}function a(h,f,p,x,g,m){let y=n[e];return y===void 0?(y={id:h.id,object:h,geometry:f,material:p,materialVariant:o(h),groupOrder:x,renderOrder:h.renderOrder,z:g,group:m},n[e]=y):(y.id=h.id,y.object=h,y.geometry=f,y.material=p,y.materialVariant=o(h),y.groupOrder=x,y.renderOrder=h.renderOrder,y.z=g,y.group=m),e++,y}function l(h,f,p,x,g,m,y){y.reversedDepth===!0&&(g=-g);let T=a(h,f,p,x,g,m);p.transmission>0?i.push(T):p.transparent===!0?r.push(T):t.push(T)}function c(h,f,p,x,g,m){let y=a(h,f,p,x,g,m);p.transmission>0?i.unshift(y):p.transparent===!0?r.unshift(y):t.unshift(y)}function u(h,f){t.length>1&&t.sort(h||QA),i.length>1&&i.sort(f||B0),r.length>1&&r.sort(f||B0)}function d(){for(let h=e,f=n.length;h<f;h++){let p=n[h];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:l,unshift:c,finish:d,sort:u}}function eT(){let n=new WeakMap;function e(i,r){let s=n.get(i),o;return s===void 0?(o=new k0,n.set(i,[o])):r>=s.length?(o=new k0,s.push(o)):o=s[r],o}function t(){n=new WeakMap}return{get:e,dispose:t}}function tT(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new z,color:new Xe};break;case"SpotLight":t={position:new z,direction:new z,color:new Xe,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new z,color:new Xe,distance:0,decay:0};break;case"HemisphereLight":t={direction:new z,skyColor:new Xe,groundColor:new Xe};break;case"RectAreaLight":t={color:new Xe,position:new z,halfWidth:new z,halfHeight:new z};break}return n[e.id]=t,t}}}function nT(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ue};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ue};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ue,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var iT=0;function rT(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function sT(n){let e=new tT,t=nT(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new z);let r=new z,s=new rt,o=new rt;function a(c){let u=0,d=0,h=0;for(let I=0;I<9;I++)i.probe[I].set(0,0,0);let f=0,p=0,x=0,g=0,m=0,y=0,T=0,v=0,A=0,w=0,b=0,S=0,D=0,C=0;c.sort(rT);for(let I=0,O=c.length;I<O;I++){let R=c[I],N=R.color,G=R.intensity,k=R.distance,j=null;if(R.shadow&&R.shadow.map&&(R.shadow.map.texture.format===ki?j=R.shadow.map.texture:j=R.shadow.map.depthTexture||R.shadow.map.texture),R.isAmbientLight)u+=N.r*G,d+=N.g*G,h+=N.b*G;else if(R.isLightProbe){for(let B=0;B<9;B++)i.probe[B].addScaledVector(R.sh.coefficients[B],G);C++}else if(R.isSunLight){let B=e.get(R);if(B.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let W=R.shadow,K=t.get(R);K.shadowIntensity=W.intensity,K.shadowBias=W.bias,K.shadowNormalBias=W.normalBias,K.shadowRadius=W.radius,K.shadowMapSize.copy(W.mapSize).multiply(W.getFrameExtents()),i.sunShadow[p]=K,i.sunShadowMap[p]=j;let ye=W.getViewportCount();for(let ne=0;ne<ye;ne++)i.sunShadowMatrix[x+ne]=W.getMatrix(ne),i.sunShadowCascade[x+ne]=W._cascadeData[ne];x+=ye,p++}i.sun[f]=B,f++}else if(R.isDirectionalLight){let B=e.get(R);if(B.color.copy(R.color).multiplyScalar(R.intensity),R.castShadow){let W=R.shadow,K=t.get(R);K.shadowIntensity=W.intensity,K.shadowBias=W.bias,K.shadowNormalBias=W.normalBias,K.shadowRadius=W.radius,K.shadowMapSize=W.mapSize,i.directionalShadow[g]=K,i.directionalShadowMap[g]=j,i.directionalShadowMatrix[g]=R.shadow.matrix,A++}i.directional[g]=B,g++}else if(R.isSpotLight){let B=e.get(R);B.position.setFromMatrixPosition(R.matrixWorld),B.color.copy(N).multiplyScalar(G),B.distance=k,B.coneCos=Math.cos(R.angle),B.penumbraCos=Math.cos(R.angle*(1-R.penumbra)),B.decay=R.decay,i.spot[y]=B;let W=R.shadow;if(R.map&&(i.spotLightMap[S]=R.map,S++,W.updateMatrices(R),R.castShadow&&D++),i.spotLightMatrix[y]=W.matrix,R.castShadow){let K=t.get(R);K.shadowIntensity=W.intensity,K.shadowBias=W.bias,K.shadowNormalBias=W.normalBias,K.shadowRadius=W.radius,K.shadowMapSize=W.mapSize,i.spotShadow[y]=K,i.spotShadowMap[y]=j,b++}y++}else if(R.isRectAreaLight){let B=e.get(R);B.color.copy(N).multiplyScalar(G),B.halfWidth.set(R.width*.5,0,0),B.halfHeight.set(0,R.height*.5,0),i.rectArea[T]=B,T++}else if(R.isPointLight){let B=e.get(R);if(B.color.copy(R.color).multiplyScalar(R.intensity),B.distance=R.distance,B.decay=R.decay,R.castShadow){let W=R.shadow,K=t.get(R);K.shadowIntensity=W.intensity,K.shadowBias=W.bias,K.shadowNormalBias=W.normalBias,K.shadowRadius=W.radius,K.shadowMapSize=W.mapSize,K.shadowCameraNear=W.camera.near,K.shadowCameraFar=W.camera.far,i.pointShadow[m]=K,i.pointShadowMap[m]=j,i.pointShadowMatrix[m]=R.shadow.matrix,w++}i.point[m]=B,m++}else if(R.isHemisphereLight){let B=e.get(R);B.skyColor.copy(R.color).multiplyScalar(G),B.groundColor.copy(R.groundColor).multiplyScalar(G),i.hemi[v]=B,v++}}T>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=_e.LTC_FLOAT_1,i.rectAreaLTC2=_e.LTC_FLOAT_2):(i.rectAreaLTC1=_e.LTC_HALF_1,i.rectAreaLTC2=_e.LTC_HALF_2)),i.ambient[0]=u,i.ambient[1]=d,i.ambient[2]=h;let P=i.hash;(P.sunLength!==f||P.directionalLength!==g||P.pointLength!==m||P.spotLength!==y||P.rectAreaLength!==T||P.hemiLength!==v||P.numSunShadows!==p||P.numDirectionalShadows!==A||P.numPointShadows!==w||P.numSpotShadows!==b||P.numSpotMaps!==S||P.numLightProbes!==C)&&(i.sun.length=f,i.directional.length=g,i.spot.length=y,i.rectArea.length=T,i.point.length=m,i.hemi.length=v,i.sunShadow.length=p,i.sunShadowMap.length=p,i.sunShadowMatrix.length=x,i.sunShadowCascade.length=x,i.directionalShadow.length=A,i.directionalShadowMap.length=A,i.directionalShadowMatrix.length=A,i.pointShadow.length=w,i.pointShadowMap.length=w,i.pointShadowMatrix.length=w,i.spotShadow.length=b,i.spotShadowMap.length=b,i.spotLightMatrix.length=b+S-D,i.spotLightMap.length=S,i.numSpotLightShadowsWithMaps=D,i.numLightProbes=C,P.sunLength=f,P.directionalLength=g,P.pointLength=m,P.spotLength=y,P.rectAreaLength=T,P.hemiLength=v,P.numSunShadows=p,P.numDirectionalShadows=A,P.numPointShadows=w,P.numSpotShadows=b,P.numSpotMaps=S,P.numLightProbes=C,i.version=iT++)}function l(c,u){let d=0,h=0,f=0,p=0,x=0,g=0,m=u.matrixWorldInverse;for(let y=0,T=c.length;y<T;y++){let v=c[y];if(v.isSunLight){let A=i.sun[d];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(m),d++}else if(v.isDirectionalLight){let A=i.directional[h];A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(m),h++}else if(v.isSpotLight){let A=i.spot[p];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(m),A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(m),p++}else if(v.isRectAreaLight){let A=i.rectArea[x];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(m),o.identity(),s.copy(v.matrixWorld),s.premultiply(m),o.extractRotation(s),A.halfWidth.set(v.width*.5,0,0),A.halfHeight.set(0,v.height*.5,0),A.halfWidth.applyMatrix4(o),A.halfHeight.applyMatrix4(o),x++}else if(v.isPointLight){let A=i.point[f];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(m),f++}else if(v.isHemisphereLight){let A=i.hemi[g];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(m),g++}}}return{setup:a,setupView:l,state:i}}function z0(n){let e=new sT(n),t=[],i=[],r=[];function s(d){u.camera=d,t.length=0,i.length=0,r.length=0}function o(d){d.isLightProbeGrid?r.push(d):t.push(d)}function a(d){i.push(d)}function l(){e.setup(t),r.sort((d,h)=>d.priority-h.priority||d.id-h.id)}function c(d){e.setupView(t,d)}let u={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function oT(n){let e=new WeakMap;function t(r,s=0){let o=e.get(r),a;return o===void 0?(a=new z0(n),e.set(r,[a])):s>=o.length?(a=new z0(n),o.push(a)):a=o[s],a}function i(){e=new WeakMap}return{get:t,dispose:i}}var aT=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,lT=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,cT=[new z(1,0,0),new z(-1,0,0),new z(0,1,0),new z(0,-1,0),new z(0,0,1),new z(0,0,-1)],uT=[new z(0,-1,0),new z(0,-1,0),new z(0,0,1),new z(0,0,-1),new z(0,-1,0),new z(0,-1,0)],V0=new rt,Wo=new z,Pd=new z;function hT(n,e,t){let i=new Ii,r=new Ue,s=new Ue,o=new mt,a=new Hl,l=new Wl,c={},u=t.maxTextureSize,d={[Bi]:en,[en]:Bi,[_n]:_n},h=new Hn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ue},radius:{value:4}},vertexShader:aT,fragmentShader:lT}),f=h.clone();f.defines.HORIZONTAL_PASS=1;let p=new At;p.setAttribute("position",new wt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let x=new Qt(p,h),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Oo;let m=this.type;this.render=function(w,b,S){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||w.length===0)return;this.type===Dg&&(Le("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Oo);let D=n.getRenderTarget(),C=n.getActiveCubeFace(),P=n.getActiveMipmapLevel(),I=n.state;I.setBlending(dr),I.buffers.depth.getReversed()===!0?I.buffers.color.setClear(0,0,0,0):I.buffers.color.setClear(1,1,1,1),I.buffers.depth.setTest(!0),I.setScissorTest(!1);let O=m!==this.type;O&&b.traverse(function(R){R.material&&(Array.isArray(R.material)?R.material.forEach(N=>N.needsUpdate=!0):R.material.needsUpdate=!0)});for(let R=0,N=w.length;R<N;R++){let G=w[R],k=G.shadow;if(k===void 0){Le("WebGLShadowMap:",G,"has no shadow.");continue}if(k.autoUpdate===!1&&k.needsUpdate===!1)continue;r.copy(k.mapSize);let j=k.getFrameExtents();r.multiply(j),s.copy(k.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/j.x),r.x=s.x*j.x,k.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/j.y),r.y=s.y*j.y,k.mapSize.y=s.y));let B=n.state.buffers.depth.getReversed();if(k.camera._reversedDepth=B,k.map===null||O===!0){if(k.map!==null&&(k.map.depthTexture!==null&&(k.map.depthTexture.dispose(),k.map.depthTexture=null),k.map.dispose()),this.type===ys){if(G.isPointLight){Le("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}k.map=new hn(r.x,r.y,{format:ki,type:Dn,minFilter:Jt,magFilter:Jt,generateMipmaps:!1}),k.map.texture.name=G.name+".shadowMap",k.map.depthTexture=new ui(r.x,r.y,Mn),k.map.depthTexture.name=G.name+".shadowMapDepth",k.map.depthTexture.format=ai,k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=Ft,k.map.depthTexture.magFilter=Ft}else G.isPointLight?(k.map=new Xo(r.x),k.map.depthTexture=new wo(r.x,Nn)):(k.map=new hn(r.x,r.y),k.map.depthTexture=new ui(r.x,r.y,Nn)),k.map.depthTexture.name=G.name+".shadowMap",k.map.depthTexture.format=ai,this.type===Oo?(k.map.depthTexture.compareFunction=B?dd:hd,k.map.depthTexture.minFilter=Jt,k.map.depthTexture.magFilter=Jt):(k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=Ft,k.map.depthTexture.magFilter=Ft);k.camera.updateProjectionMatrix()}k.map.isWebGLCubeRenderTarget!==!0&&(k.map.width!==r.x||k.map.height!==r.y)&&k.map.setSize(r.x,r.y);let W=k.map.isWebGLCubeRenderTarget?6:k.getViewportCount();G.isPointLight!==!0&&k.updateMatrices(G,S);let K=(k.camera.layers.mask&4294967294)!==0?k.camera.layers:S.layers;for(let ye=0;ye<W;ye++){let ne=k.getCamera(ye);if(G.isPointLight){let X=k.camera,re=k.matrix,se=G.distance||X.far;se!==X.far&&(X.far=se,X.updateProjectionMatrix()),Wo.setFromMatrixPosition(G.matrixWorld),X.position.copy(Wo),Pd.copy(X.position),Pd.add(cT[ye]),X.up.copy(uT[ye]),X.lookAt(Pd),X.updateMatrixWorld(),re.makeTranslation(-Wo.x,-Wo.y,-Wo.z),V0.multiplyMatrices(X.projectionMatrix,X.matrixWorldInverse),k._frustum.setFromProjectionMatrix(V0,X.coordinateSystem,X.reversedDepth)}if(k.map.isWebGLCubeRenderTarget)n.setRenderTarget(k.map,ye),n.clear();else{ye===0&&(n.setRenderTarget(k.map),n.clear());let X=k.getViewport(ye);o.set(s.x*X.x,s.y*X.y,s.x*X.z,s.y*X.w),I.viewport(o)}i=k.getFrustum(ye),v(b,S,ne,G,K,this.type)}k.isPointLightShadow!==!0&&this.type===ys&&y(k,S),k.needsUpdate=!1}m=this.type,g.needsUpdate=!1,n.setRenderTarget(D,C,P)};function y(w,b){let S=e.update(x);h.defines.VSM_SAMPLES!==w.blurSamples&&(h.defines.VSM_SAMPLES=w.blurSamples,f.defines.VSM_SAMPLES=w.blurSamples,h.needsUpdate=!0,f.needsUpdate=!0),w.mapPass===null?w.mapPass=new hn(r.x,r.y,{format:ki,type:Dn}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),h.uniforms.shadow_pass.value=w.map.depthTexture,h.uniforms.resolution.value.set(w.map.width,w.map.height),h.uniforms.radius.value=w.radius,n.setRenderTarget(w.mapPass),n.clear(),n.renderBufferDirect(b,null,S,h,x,null),f.uniforms.shadow_pass.value=w.mapPass.texture,f.uniforms.resolution.value.set(w.map.width,w.map.height),f.uniforms.radius.value=w.radius,n.setRenderTarget(w.map),n.clear(),n.renderBufferDirect(b,null,S,f,x,null)}function T(w,b,S,D){let C=null,P=S.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(P!==void 0)C=P;else if(C=S.isPointLight===!0?l:a,n.localClippingEnabled&&b.clipShadows===!0&&Array.isArray(b.clippingPlanes)&&b.clippingPlanes.length!==0||b.displacementMap&&b.displacementScale!==0||b.alphaMap&&b.alphaTest>0||b.map&&b.alphaTest>0||b.alphaToCoverage===!0){let I=C.uuid,O=b.uuid,R=c[I];R===void 0&&(R={},c[I]=R);let N=R[O];N===void 0&&(N=C.clone(),R[O]=N,b.addEventListener("dispose",A)),C=N}if(C.visible=b.visible,C.wireframe=b.wireframe,D===ys?C.side=b.shadowSide!==null?b.shadowSide:b.side:C.side=b.shadowSide!==null?b.shadowSide:d[b.side],C.alphaMap=b.alphaMap,C.alphaTest=b.alphaToCoverage===!0?.5:b.alphaTest,C.map=b.map,C.clipShadows=b.clipShadows,C.clippingPlanes=b.clippingPlanes,C.clipIntersection=b.clipIntersection,C.displacementMap=b.displacementMap,C.displacementScale=b.displacementScale,C.displacementBias=b.displacementBias,C.wireframeLinewidth=b.wireframeLinewidth,C.linewidth=b.linewidth,S.isPointLight===!0&&C.isMeshDistanceMaterial===!0){let I=n.properties.get(C);I.light=S}return C}function v(w,b,S,D,C,P){if(w.visible===!1)return;if(w.layers.test(C)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&P===ys)&&(!w.frustumCulled||w.intersectsFrustum(i))){w.modelViewMatrix.multiplyMatrices(S.matrixWorldInverse,w.matrixWorld);let R=e.update(w),N=w.material;if(Array.isArray(N)){let G=R.groups;for(let k=0,j=G.length;k<j;k++){let B=G[k],W=N[B.materialIndex];if(W&&W.visible){let K=T(w,W,D,P);w.onBeforeShadow(n,w,b,S,R,K,B),n.renderBufferDirect(S,null,R,K,w,B),w.onAfterShadow(n,w,b,S,R,K,B)}}}else if(N.visible){let G=T(w,N,D,P);w.onBeforeShadow(n,w,b,S,R,G,null),n.renderBufferDirect(S,null,R,G,w,null),w.onAfterShadow(n,w,b,S,R,G,null)}}let O=w.children;for(let R=0,N=O.length;R<N;R++)v(O[R],b,S,D,C,P)}function A(w){w.target.removeEventListener("dispose",A);for(let S in c){let D=c[S],C=w.target.uuid;C in D&&(D[C].dispose(),delete D[C])}}}function dT(n,e){function t(){let L=!1,ee=new mt,Y=null,fe=new mt(0,0,0,0);return{setMask:function(ce){Y!==ce&&!L&&(n.colorMask(ce,ce,ce,ce),Y=ce)},setLocked:function(ce){L=ce},setClear:function(ce,he,Pe,Ke,ae){ae===!0&&(ce*=Ke,he*=Ke,Pe*=Ke),ee.set(ce,he,Pe,Ke),fe.equals(ee)===!1&&(n.clearColor(ce,he,Pe,Ke),fe.copy(ee))},reset:function(){L=!1,Y=null,fe.set(-1,0,0,0)}}}function i(){let L=!1,ee=!1,Y=null,fe=null,ce=null;return{setReversed:function(he){if(ee!==he){let Pe=e.get("EXT_clip_control");he?Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.ZERO_TO_ONE_EXT):Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.NEGATIVE_ONE_TO_ONE_EXT),ee=he;let Ke=ce;ce=null,this.setClear(Ke)}},getReversed:function(){return ee},setTest:function(he){he?ie(n.DEPTH_TEST):le(n.DEPTH_TEST)},setMask:function(he){Y!==he&&!L&&(n.depthMask(he),Y=he)},setFunc:function(he){if(ee&&(he=p0[he]),fe!==he){switch(he){case Tl:n.depthFunc(n.NEVER);break;case El:n.depthFunc(n.ALWAYS);break;case Cl:n.depthFunc(n.LESS);break;case os:n.depthFunc(n.LEQUAL);break;case Rl:n.depthFunc(n.EQUAL);break;case Pl:n.depthFunc(n.GEQUAL);break;case Il:n.depthFunc(n.GREATER);break;case Ll:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}fe=he}},setLocked:function(he){L=he},setClear:function(he){ce!==he&&(ce=he,ee&&(he=1-he),n.clearDepth(he))},reset:function(){L=!1,Y=null,fe=null,ce=null,ee=!1}}}function r(){let L=!1,ee=null,Y=null,fe=null,ce=null,he=null,Pe=null,Ke=null,ae=null;return{setTest:function(Ie){L||(Ie?ie(n.STENCIL_TEST):le(n.STENCIL_TEST))},setMask:function(Ie){ee!==Ie&&!L&&(n.stencilMask(Ie),ee=Ie)},setFunc:function(Ie,qe,ve){(Y!==Ie||fe!==qe||ce!==ve)&&(n.stencilFunc(Ie,qe,ve),Y=Ie,fe=qe,ce=ve)},setOp:function(Ie,qe,ve){(he!==Ie||Pe!==qe||Ke!==ve)&&(n.stencilOp(Ie,qe,ve),he=Ie,Pe=qe,Ke=ve)},setLocked:function(Ie){L=Ie},setClear:function(Ie){ae!==Ie&&(n.clearStencil(Ie),ae=Ie)},reset:function(){L=!1,ee=null,Y=null,fe=null,ce=null,he=null,Pe=null,Ke=null,ae=null}}}let s=new t,o=new i,a=new r,l={},c=new WeakMap,u={},d={},h={},f=new WeakMap,p=[],x=null,g=!1,m=null,y=null,T=null,v=null,A=null,w=null,b=null,S=new Xe(0,0,0),D=0,C=!1,P=null,I=null,O=null,R=null,N=null,G=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),k=!1,j=0,B=n.getParameter(n.VERSION);B.indexOf("WebGL")!==-1?(j=parseFloat(/^WebGL (\d)/.exec(B)[1]),k=j>=1):B.indexOf("OpenGL ES")!==-1&&(j=parseFloat(/^OpenGL ES (\d)/.exec(B)[1]),k=j>=2);let W=null,K={},ye=n.getParameter(n.SCISSOR_BOX),ne=n.getParameter(n.VIEWPORT),X=new mt().fromArray(ye),re=new mt().fromArray(ne);function se(L,ee,Y,fe){let ce=new Uint8Array(4),he=n.createTexture();n.bindTexture(L,he),n.texParameteri(L,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(L,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let Pe=0;Pe<Y;Pe++)L===n.TEXTURE_3D||L===n.TEXTURE_2D_ARRAY?n.texImage3D(ee,0,n.RGBA,1,1,fe,0,n.RGBA,n.UNSIGNED_BYTE,ce):n.texImage2D(ee+Pe,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,ce);return he}let xe={};xe[n.TEXTURE_2D]=se(n.TEXTURE_2D,n.TEXTURE_2D,1),xe[n.TEXTURE_CUBE_MAP]=se(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),xe[n.TEXTURE_2D_ARRAY]=se(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),xe[n.TEXTURE_3D]=se(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),o.setClear(1),a.setClear(0),ie(n.DEPTH_TEST),o.setFunc(os),Je(!1),ke($h),ie(n.CULL_FACE),we(dr);function ie(L){u[L]!==!0&&(n.enable(L),u[L]=!0)}function le(L){u[L]!==!1&&(n.disable(L),u[L]=!1)}function De(L,ee){return h[L]!==ee?(n.bindFramebuffer(L,ee),h[L]=ee,L===n.DRAW_FRAMEBUFFER&&(h[n.FRAMEBUFFER]=ee),L===n.FRAMEBUFFER&&(h[n.DRAW_FRAMEBUFFER]=ee),!0):!1}function Se(L,ee){let Y=p,fe=!1;if(L){Y=f.get(ee),Y===void 0&&(Y=[],f.set(ee,Y));let ce=L.textures;if(Y.length!==ce.length||Y[0]!==n.COLOR_ATTACHMENT0){for(let he=0,Pe=ce.length;he<Pe;he++)Y[he]=n.COLOR_ATTACHMENT0+he;Y.length=ce.length,fe=!0}}else Y[0]!==n.BACK&&(Y[0]=n.BACK,fe=!0);fe&&n.drawBuffers(Y)}function He(L){return x!==L?(n.useProgram(L),x=L,!0):!1}let We={[fr]:n.FUNC_ADD,[Og]:n.FUNC_SUBTRACT,[Ug]:n.FUNC_REVERSE_SUBTRACT};We[Bg]=n.MIN,We[kg]=n.MAX;let Fe={[zg]:n.ZERO,[Vg]:n.ONE,[Gg]:n.SRC_COLOR,[Kh]:n.SRC_ALPHA,[Yg]:n.SRC_ALPHA_SATURATE,[Xg]:n.DST_COLOR,[Wg]:n.DST_ALPHA,[Hg]:n.ONE_MINUS_SRC_COLOR,[Zh]:n.ONE_MINUS_SRC_ALPHA,[qg]:n.ONE_MINUS_DST_COLOR,[$g]:n.ONE_MINUS_DST_ALPHA,[Kg]:n.CONSTANT_COLOR,[Zg]:n.ONE_MINUS_CONSTANT_COLOR,[Jg]:n.CONSTANT_ALPHA,[jg]:n.ONE_MINUS_CONSTANT_ALPHA};function we(L,ee,Y,fe,ce,he,Pe,Ke,ae,Ie){if(L===dr){g===!0&&(le(n.BLEND),g=!1);return}if(g===!1&&(ie(n.BLEND),g=!0),L!==Fg){if(L!==m||Ie!==C){if((y!==fr||A!==fr)&&(n.blendEquation(n.FUNC_ADD),y=fr,A=fr),Ie)switch(L){case vs:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Xh:n.blendFunc(n.ONE,n.ONE);break;case qh:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Yh:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:Be("WebGLState: Invalid blending: ",L);break}else switch(L){case vs:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Xh:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case qh:Be("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Yh:Be("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Be("WebGLState: Invalid blending: ",L);break}T=null,v=null,w=null,b=null,S.set(0,0,0),D=0,m=L,C=Ie}return}ce=ce||ee,he=he||Y,Pe=Pe||fe,(ee!==y||ce!==A)&&(n.blendEquationSeparate(We[ee],We[ce]),y=ee,A=ce),(Y!==T||fe!==v||he!==w||Pe!==b)&&(n.blendFuncSeparate(Fe[Y],Fe[fe],Fe[he],Fe[Pe]),T=Y,v=fe,w=he,b=Pe),(Ke.equals(S)===!1||ae!==D)&&(n.blendColor(Ke.r,Ke.g,Ke.b,ae),S.copy(Ke),D=ae),m=L,C=!1}function Oe(L,ee){L.side===_n?le(n.CULL_FACE):ie(n.CULL_FACE);let Y=L.side===en;ee&&(Y=!Y),Je(Y),L.blending===vs&&L.transparent===!1?we(dr):we(L.blending,L.blendEquation,L.blendSrc,L.blendDst,L.blendEquationAlpha,L.blendSrcAlpha,L.blendDstAlpha,L.blendColor,L.blendAlpha,L.premultipliedAlpha),o.setFunc(L.depthFunc),o.setTest(L.depthTest),o.setMask(L.depthWrite),s.setMask(L.colorWrite);let fe=L.stencilWrite;a.setTest(fe),fe&&(a.setMask(L.stencilWriteMask),a.setFunc(L.stencilFunc,L.stencilRef,L.stencilFuncMask),a.setOp(L.stencilFail,L.stencilZFail,L.stencilZPass)),nt(L.polygonOffset,L.polygonOffsetFactor,L.polygonOffsetUnits),L.alphaToCoverage===!0?ie(n.SAMPLE_ALPHA_TO_COVERAGE):le(n.SAMPLE_ALPHA_TO_COVERAGE)}function Je(L){P!==L&&(L?n.frontFace(n.CW):n.frontFace(n.CCW),P=L)}function ke(L){L!==Lg?(ie(n.CULL_FACE),L!==I&&(L===$h?n.cullFace(n.BACK):L===Ng?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):le(n.CULL_FACE),I=L}function Rt(L){L!==O&&(k&&n.lineWidth(L),O=L)}function nt(L,ee,Y){L?(ie(n.POLYGON_OFFSET_FILL),(R!==ee||N!==Y)&&(R=ee,N=Y,o.getReversed()&&(ee=-ee,Y=-Y),n.polygonOffset(ee,Y))):le(n.POLYGON_OFFSET_FILL)}function Bt(L){L?ie(n.SCISSOR_TEST):le(n.SCISSOR_TEST)}function gt(L){L===void 0&&(L=n.TEXTURE0+G-1),W!==L&&(n.activeTexture(L),W=L)}function fn(L,ee,Y){Y===void 0&&(W===null?Y=n.TEXTURE0+G-1:Y=W);let fe=K[Y];fe===void 0&&(fe={type:void 0,texture:void 0},K[Y]=fe),(fe.type!==L||fe.texture!==ee)&&(W!==Y&&(n.activeTexture(Y),W=Y),n.bindTexture(L,ee||xe[L]),fe.type=L,fe.texture=ee)}function U(){let L=K[W];L!==void 0&&L.type!==void 0&&(n.bindTexture(L.type,null),L.type=void 0,L.texture=void 0)}function pn(){try{n.compressedTexImage2D(...arguments)}catch(L){Be("WebGLState:",L)}}function ft(){try{n.compressedTexImage3D(...arguments)}catch(L){Be("WebGLState:",L)}}function pt(){try{n.texSubImage2D(...arguments)}catch(L){Be("WebGLState:",L)}}function be(){try{n.texSubImage3D(...arguments)}catch(L){Be("WebGLState:",L)}}function St(){try{n.compressedTexSubImage2D(...arguments)}catch(L){Be("WebGLState:",L)}}function Ne(){try{n.compressedTexSubImage3D(...arguments)}catch(L){Be("WebGLState:",L)}}function Ve(){try{n.texStorage2D(...arguments)}catch(L){Be("WebGLState:",L)}}function E(){try{n.texStorage3D(...arguments)}catch(L){Be("WebGLState:",L)}}function _(){try{n.texImage2D(...arguments)}catch(L){Be("WebGLState:",L)}}function H(){try{n.texImage3D(...arguments)}catch(L){Be("WebGLState:",L)}}function oe(L){return d[L]!==void 0?d[L]:n.getParameter(L)}function te(L,ee){d[L]!==ee&&(n.pixelStorei(L,ee),d[L]=ee)}function ue(L){X.equals(L)===!1&&(n.scissor(L.x,L.y,L.z,L.w),X.copy(L))}function me(L){re.equals(L)===!1&&(n.viewport(L.x,L.y,L.z,L.w),re.copy(L))}function J(L,ee){let Y=c.get(ee);Y===void 0&&(Y=new WeakMap,c.set(ee,Y));let fe=Y.get(L);fe===void 0&&(fe=n.getUniformBlockIndex(ee,L.name),n.uniformBlockBinding(ee,fe,fe),Y.set(L,fe))}function Q(L,ee,Y){let ce=c.get(ee).get(L);l[ce]!==Y&&(n.bindBufferBase(n.UNIFORM_BUFFER,ce,Y),l[ce]=Y)}function de(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),o.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),u={},d={},W=null,K={},h={},l={},f=new WeakMap,p=[],x=null,g=!1,m=null,y=null,T=null,v=null,A=null,w=null,b=null,S=new Xe(0,0,0),D=0,C=!1,P=null,I=null,O=null,R=null,N=null,X.set(0,0,n.canvas.width,n.canvas.height),re.set(0,0,n.canvas.width,n.canvas.height),s.reset(),o.reset(),a.reset()}return{buffers:{color:s,depth:o,stencil:a},enable:ie,disable:le,bindFramebuffer:De,drawBuffers:Se,useProgram:He,setBlending:we,setMaterial:Oe,setFlipSided:Je,setCullFace:ke,setLineWidth:Rt,setPolygonOffset:nt,setScissorTest:Bt,activeTexture:gt,bindTexture:fn,unbindTexture:U,compressedTexImage2D:pn,compressedTexImage3D:ft,texImage2D:_,texImage3D:H,pixelStorei:te,getParameter:oe,updateUBOMapping:J,uniformBlockBinding:Q,texStorage2D:Ve,texStorage3D:E,texSubImage2D:pt,texSubImage3D:be,compressedTexSubImage2D:St,compressedTexSubImage3D:Ne,scissor:ue,viewport:me,reset:de}}function fT(n,e,t,i,r,s,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Ue,u=new WeakMap,d=new Set,h,f=new WeakMap,p=new Set,x=new FinalizationRegistry(E=>p.delete(E)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function m(E,_){return g?new OffscreenCanvas(E,_):po("canvas")}function y(E,_,H){let oe=1,te=Ve(E);if((te.width>H||te.height>H)&&(oe=H/Math.max(te.width,te.height)),oe<1)if(typeof HTMLImageElement<"u"&&E instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&E instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&E instanceof ImageBitmap||typeof VideoFrame<"u"&&E instanceof VideoFrame){let ue=Math.floor(oe*te.width),me=Math.floor(oe*te.height);h===void 0&&(h=m(ue,me));let J=_?m(ue,me):h;return J.width=ue,J.height=me,J.getContext("2d").drawImage(E,0,0,ue,me),Le("WebGLRenderer: Texture has been resized from ("+te.width+"x"+te.height+") to ("+ue+"x"+me+")."),J}else return"data"in E&&Le("WebGLRenderer: Image in DataTexture is too big ("+te.width+"x"+te.height+")."),E;return E}function T(E){return E.generateMipmaps}function v(E){n.generateMipmap(E)}function A(E){return E.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:E.isWebGL3DRenderTarget?n.TEXTURE_3D:E.isWebGLArrayRenderTarget||E.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function w(E,_,H,oe,te,ue=!1){if(E!==null){if(n[E]!==void 0)return n[E];Le("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+E+"'")}let me;oe&&(me=e.get("EXT_texture_norm16"),me||Le("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let J=_;if(_===n.RED&&(H===n.FLOAT&&(J=n.R32F),H===n.HALF_FLOAT&&(J=n.R16F),H===n.UNSIGNED_BYTE&&(J=n.R8),H===n.UNSIGNED_SHORT&&me&&(J=me.R16_EXT),H===n.SHORT&&me&&(J=me.R16_SNORM_EXT)),_===n.RED_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.R8UI),H===n.UNSIGNED_SHORT&&(J=n.R16UI),H===n.UNSIGNED_INT&&(J=n.R32UI),H===n.BYTE&&(J=n.R8I),H===n.SHORT&&(J=n.R16I),H===n.INT&&(J=n.R32I)),_===n.RG&&(H===n.FLOAT&&(J=n.RG32F),H===n.HALF_FLOAT&&(J=n.RG16F),H===n.UNSIGNED_BYTE&&(J=n.RG8),H===n.UNSIGNED_SHORT&&me&&(J=me.RG16_EXT),H===n.SHORT&&me&&(J=me.RG16_SNORM_EXT)),_===n.RG_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RG8UI),H===n.UNSIGNED_SHORT&&(J=n.RG16UI),H===n.UNSIGNED_INT&&(J=n.RG32UI),H===n.BYTE&&(J=n.RG8I),H===n.SHORT&&(J=n.RG16I),H===n.INT&&(J=n.RG32I)),_===n.RGB_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RGB8UI),H===n.UNSIGNED_SHORT&&(J=n.RGB16UI),H===n.UNSIGNED_INT&&(J=n.RGB32UI),H===n.BYTE&&(J=n.RGB8I),H===n.SHORT&&(J=n.RGB16I),H===n.INT&&(J=n.RGB32I)),_===n.RGBA_INTEGER&&(H===n.UNSIGNED_BYTE&&(J=n.RGBA8UI),H===n.UNSIGNED_SHORT&&(J=n.RGBA16UI),H===n.UNSIGNED_INT&&(J=n.RGBA32UI),H===n.BYTE&&(J=n.RGBA8I),H===n.SHORT&&(J=n.RGBA16I),H===n.INT&&(J=n.RGBA32I)),_===n.RGB&&(H===n.UNSIGNED_SHORT&&me&&(J=me.RGB16_EXT),H===n.SHORT&&me&&(J=me.RGB16_SNORM_EXT),H===n.UNSIGNED_INT_5_9_9_9_REV&&(J=n.RGB9_E5),H===n.UNSIGNED_INT_10F_11F_11F_REV&&(J=n.R11F_G11F_B10F)),_===n.RGBA){let Q=ue?fo:tt.getTransfer(te);H===n.FLOAT&&(J=n.RGBA32F),H===n.HALF_FLOAT&&(J=n.RGBA16F),H===n.UNSIGNED_BYTE&&(J=Q===at?n.SRGB8_ALPHA8:n.RGBA8),H===n.UNSIGNED_SHORT&&me&&(J=me.RGBA16_EXT),H===n.SHORT&&me&&(J=me.RGBA16_SNORM_EXT),H===n.UNSIGNED_SHORT_4_4_4_4&&(J=n.RGBA4),H===n.UNSIGNED_SHORT_5_5_5_1&&(J=n.RGB5_A1)}return(J===n.R16F||J===n.R32F||J===n.RG16F||J===n.RG32F||J===n.RGBA16F||J===n.RGBA32F)&&e.get("EXT_color_buffer_float"),J}function b(E,_){let H;return E?_===null||_===Nn||_===mr?H=n.DEPTH24_STENCIL8:_===Mn?H=n.DEPTH32F_STENCIL8:_===Ms&&(H=n.DEPTH24_STENCIL8,Le("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):_===null||_===Nn||_===mr?H=n.DEPTH_COMPONENT24:_===Mn?H=n.DEPTH_COMPONENT32F:_===Ms&&(H=n.DEPTH_COMPONENT16),H}function S(E,_){return T(E)===!0||E.isFramebufferTexture&&E.minFilter!==Ft&&E.minFilter!==Jt?Math.log2(Math.max(_.width,_.height))+1:E.mipmaps.length>0?E.mipmaps.length:E.isCompressedTexture&&Array.isArray(E.image)?_.mipmaps.length:1}function D(E){let _=new WeakRef(E);i.get(E).__ref=_,p.add(_),x.register(E,_,_)}function C(E){let _=i.get(E).__ref;_!==void 0&&(p.delete(_),x.unregister(_))}function P(E){O(E.target)}function I(E){R(E.target)}function O(E){E.removeEventListener("dispose",P),C(E),G(E),E.isVideoTexture&&u.delete(E),E.isHTMLTexture&&d.delete(E)}function R(E){E.removeEventListener("dispose",I),C(E),j(E)}function N(){for(let E of p){let _=E.deref();_!==void 0&&(_.isRenderTarget===!0?R(_):O(_))}p.clear(),d.clear()}function G(E){let _=i.get(E);if(_.__webglInit===void 0)return;let H=E.source,oe=f.get(H);if(oe){let te=oe[_.__cacheKey];te.usedTimes--,te.usedTimes===0&&k(E),Object.keys(oe).length===0&&f.delete(H)}i.remove(E)}function k(E){let _=i.get(E);n.deleteTexture(_.__webglTexture);let H=E.source,oe=f.get(H);delete oe[_.__cacheKey],o.memory.textures--}function j(E){let _=i.get(E);_.__depthDisposeCallback&&_.__depthDisposeCallback();let H=E.depthTexture;if(H&&H.renderTarget===E&&O(H),E.isWebGLCubeRenderTarget)for(let te=0;te<6;te++){if(Array.isArray(_.__webglFramebuffer[te]))for(let ue=0;ue<_.__webglFramebuffer[te].length;ue++)n.deleteFramebuffer(_.__webglFramebuffer[te][ue]);else n.deleteFramebuffer(_.__webglFramebuffer[te]);_.__webglDepthbuffer&&n.deleteRenderbuffer(_.__webglDepthbuffer[te])}else{if(Array.isArray(_.__webglFramebuffer))for(let te=0;te<_.__webglFramebuffer.length;te++)n.deleteFramebuffer(_.__webglFramebuffer[te]);else n.deleteFramebuffer(_.__webglFramebuffer);if(_.__webglDepthbuffer&&n.deleteRenderbuffer(_.__webglDepthbuffer),_.__webglMultisampledFramebuffer&&n.deleteFramebuffer(_.__webglMultisampledFramebuffer),_.__webglColorRenderbuffer)for(let te=0;te<_.__webglColorRenderbuffer.length;te++)_.__webglColorRenderbuffer[te]&&n.deleteRenderbuffer(_.__webglColorRenderbuffer[te]);_.__webglDepthRenderbuffer&&n.deleteRenderbuffer(_.__webglDepthRenderbuffer)}let oe=E.textures;for(let te=0,ue=oe.length;te<ue;te++){let me=i.get(oe[te]);me.__webglTexture&&(n.deleteTexture(me.__webglTexture),o.memory.textures--),i.remove(oe[te])}i.remove(E)}let B=0;function W(){B=0}function K(){return B}function ye(E){B=E}function ne(){let E=B;return E>=r.maxTextures&&Le("WebGLTextures: Trying to use "+(E+1)+" texture units while this GPU supports only "+r.maxTextures),B+=1,E}function X(E){let _=[];return _.push(E.wrapS),_.push(E.wrapT),_.push(E.wrapR||0),_.push(E.magFilter),_.push(E.minFilter),_.push(E.anisotropy),_.push(E.internalFormat),_.push(E.format),_.push(E.type),_.push(E.generateMipmaps),_.push(E.mipmapsAutoUpdate),_.push(E.premultiplyAlpha),_.push(E.flipY),_.push(E.unpackAlignment),_.push(E.colorSpace),_.join()}function re(E,_){let H=i.get(E);if(E.isVideoTexture&&St(E),E.isRenderTargetTexture===!1&&E.isExternalTexture!==!0&&E.version>0&&H.__version!==E.version){let oe=E.image;if(oe===null)Le("WebGLRenderer: Texture marked for update but no image data found.");else if(oe.complete===!1)Le("WebGLRenderer: Texture marked for update but image is incomplete");else{Oe(H,E,_);return}}else E.isExternalTexture&&(H.__webglTexture=E.sourceTexture?E.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,H.__webglTexture,n.TEXTURE0+_)}function se(E,_){let H=i.get(E);if(E.isRenderTargetTexture===!1&&E.version>0&&H.__version!==E.version){Oe(H,E,_);return}else E.isExternalTexture&&(H.__webglTexture=E.sourceTexture?E.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,H.__webglTexture,n.TEXTURE0+_)}function xe(E,_){let H=i.get(E);if(E.isRenderTargetTexture===!1&&E.version>0&&H.__version!==E.version){Oe(H,E,_);return}t.bindTexture(n.TEXTURE_3D,H.__webglTexture,n.TEXTURE0+_)}function ie(E,_){let H=i.get(E);if(E.version>0&&H.__version!==E.version){Je(H,E,_);return}t.bindTexture(n.TEXTURE_CUBE_MAP,H.__webglTexture,n.TEXTURE0+_)}let le={[Nl]:n.REPEAT,[Vn]:n.CLAMP_TO_EDGE,[Dl]:n.MIRRORED_REPEAT},De={[Ft]:n.NEAREST,[t0]:n.NEAREST_MIPMAP_NEAREST,[Uo]:n.NEAREST_MIPMAP_LINEAR,[Jt]:n.LINEAR,[ac]:n.LINEAR_MIPMAP_NEAREST,[hi]:n.LINEAR_MIPMAP_LINEAR},Se={[s0]:n.NEVER,[fd]:n.ALWAYS,[o0]:n.LESS,[hd]:n.LEQUAL,[a0]:n.EQUAL,[dd]:n.GEQUAL,[l0]:n.GREATER,[c0]:n.NOTEQUAL};function He(E,_){if(_.type===Mn&&e.has("OES_texture_float_linear")===!1&&(_.magFilter===Jt||_.magFilter===ac||_.magFilter===Uo||_.magFilter===hi||_.minFilter===Jt||_.minFilter===ac||_.minFilter===Uo||_.minFilter===hi)&&Le("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(E,n.TEXTURE_WRAP_S,le[_.wrapS]),n.texParameteri(E,n.TEXTURE_WRAP_T,le[_.wrapT]),(E===n.TEXTURE_3D||E===n.TEXTURE_2D_ARRAY)&&n.texParameteri(E,n.TEXTURE_WRAP_R,le[_.wrapR]),n.texParameteri(E,n.TEXTURE_MAG_FILTER,De[_.magFilter]),n.texParameteri(E,n.TEXTURE_MIN_FILTER,De[_.minFilter]),_.compareFunction&&(n.texParameteri(E,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(E,n.TEXTURE_COMPARE_FUNC,Se[_.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(_.magFilter===Ft||_.minFilter!==Uo&&_.minFilter!==hi||_.type===Mn&&e.has("OES_texture_float_linear")===!1)return;if(_.anisotropy>1||i.get(_).__currentAnisotropy){let H=e.get("EXT_texture_filter_anisotropic");n.texParameterf(E,H.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(_.anisotropy,r.getMaxAnisotropy())),i.get(_).__currentAnisotropy=_.anisotropy}}}function We(E,_){let H=!1;E.__webglInit===void 0&&(E.__webglInit=!0,_.addEventListener("dispose",P),D(_));let oe=_.source,te=f.get(oe);te===void 0&&(te={},f.set(oe,te));let ue=X(_);if(ue!==E.__cacheKey){te[ue]===void 0&&(te[ue]={texture:n.createTexture(),usedTimes:0},o.memory.textures++,H=!0),te[ue].usedTimes++;let me=te[E.__cacheKey];me!==void 0&&(te[E.__cacheKey].usedTimes--,me.usedTimes===0&&k(_)),E.__cacheKey=ue,E.__webglTexture=te[ue].texture}return H}function Fe(E,_,H){return Math.floor(Math.floor(E/H)/_)}function we(E,_,H,oe){let ue=E.updateRanges;if(ue.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,_.width,_.height,H,oe,_.data);else{ue.sort((L,ee)=>L.start-ee.start);let me=0;for(let L=1;L<ue.length;L++){let ee=ue[me],Y=ue[L],fe=ee.start+ee.count,ce=Fe(Y.start,_.width,4),he=Fe(ee.start,_.width,4);Y.start<=fe+1&&ce===he&&Fe(Y.start+Y.count-1,_.width,4)===ce?ee.count=Math.max(ee.count,Y.start+Y.count-ee.start):(++me,ue[me]=Y)}ue.length=me+1;let J=t.getParameter(n.UNPACK_ROW_LENGTH),Q=t.getParameter(n.UNPACK_SKIP_PIXELS),de=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,_.width);for(let L=0,ee=ue.length;L<ee;L++){let Y=ue[L],fe=Math.floor(Y.start/4),ce=Math.ceil(Y.count/4),he=fe%_.width,Pe=Math.floor(fe/_.width),Ke=ce,ae=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,he),t.pixelStorei(n.UNPACK_SKIP_ROWS,Pe),t.texSubImage2D(n.TEXTURE_2D,0,he,Pe,Ke,ae,H,oe,_.data)}E.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,J),t.pixelStorei(n.UNPACK_SKIP_PIXELS,Q),t.pixelStorei(n.UNPACK_SKIP_ROWS,de)}}function Oe(E,_,H){let oe=n.TEXTURE_2D;(_.isDataArrayTexture||_.isCompressedArrayTexture)&&(oe=n.TEXTURE_2D_ARRAY),_.isData3DTexture&&(oe=n.TEXTURE_3D);let te=We(E,_),ue=_.source;t.bindTexture(oe,E.__webglTexture,n.TEXTURE0+H);let me=i.get(ue);if(ue.version!==me.__version||te===!0){if(t.activeTexture(n.TEXTURE0+H),(typeof ImageBitmap<"u"&&_.image instanceof ImageBitmap)===!1){let ae=tt.getPrimaries(tt.workingColorSpace),Ie=_.colorSpace===fi?null:tt.getPrimaries(_.colorSpace),qe=_.colorSpace===fi||ae===Ie?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,_.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,_.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,qe)}t.pixelStorei(n.UNPACK_ALIGNMENT,_.unpackAlignment);let Q=y(_.image,!1,r.maxTextureSize);Q=Ne(_,Q);let de=s.convert(_.format,_.colorSpace),L=s.convert(_.type),ee=w(_.internalFormat,de,L,_.normalized,_.colorSpace,_.isVideoTexture);He(oe,_);let Y,fe=_.mipmaps,ce=_.isVideoTexture!==!0,he=me.__version===void 0||te===!0,Pe=ue.dataReady,Ke=S(_,Q);if(_.isDepthTexture)ee=b(_.format===di,_.type),he&&(ce?t.texStorage2D(n.TEXTURE_2D,1,ee,Q.width,Q.height):t.texImage2D(n.TEXTURE_2D,0,ee,Q.width,Q.height,0,de,L,null));else if(_.isDataTexture)if(fe.length>0){ce&&he&&t.texStorage2D(n.TEXTURE_2D,Ke,ee,fe[0].width,fe[0].height);for(let ae=0,Ie=fe.length;ae<Ie;ae++)Y=fe[ae],ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,de,L,Y.data):t.texImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,de,L,Y.data);_.generateMipmaps=!1}else ce?(he&&t.texStorage2D(n.TEXTURE_2D,Ke,ee,Q.width,Q.height),Pe&&we(_,Q,de,L)):t.texImage2D(n.TEXTURE_2D,0,ee,Q.width,Q.height,0,de,L,Q.data);else if(_.isCompressedTexture)if(_.isCompressedArrayTexture){ce&&he&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ke,ee,fe[0].width,fe[0].height,Q.depth);for(let ae=0,Ie=fe.length;ae<Ie;ae++)if(Y=fe[ae],_.format!==Fn)if(de!==null)if(ce){if(Pe)if(_.layerUpdates.size>0){let qe=Sd(Y.width,Y.height,_.format,_.type);for(let ve of _.layerUpdates){let lt=Y.data.subarray(ve*qe/Y.data.BYTES_PER_ELEMENT,(ve+1)*qe/Y.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,ve,Y.width,Y.height,1,de,lt)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,Y.width,Y.height,Q.depth,de,Y.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ae,ee,Y.width,Y.height,Q.depth,0,Y.data,0,0);else Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ce?Pe&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ae,0,0,0,Y.width,Y.height,Q.depth,de,L,Y.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ae,ee,Y.width,Y.height,Q.depth,0,de,L,Y.data);_.layerUpdates.size>0&&_.clearLayerUpdates()}else{ce&&he&&t.texStorage2D(n.TEXTURE_2D,Ke,ee,fe[0].width,fe[0].height);for(let ae=0,Ie=fe.length;ae<Ie;ae++)Y=fe[ae],_.format!==Fn?de!==null?ce?Pe&&t.compressedTexSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,de,Y.data):t.compressedTexImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,Y.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,Y.width,Y.height,de,L,Y.data):t.texImage2D(n.TEXTURE_2D,ae,ee,Y.width,Y.height,0,de,L,Y.data)}else if(_.isDataArrayTexture)if(ce){if(he&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Ke,ee,Q.width,Q.height,Q.depth),Pe)if(_.layerUpdates.size>0){let ae=Sd(Q.width,Q.height,_.format,_.type);for(let Ie of _.layerUpdates){let qe=Q.data.subarray(Ie*ae/Q.data.BYTES_PER_ELEMENT,(Ie+1)*ae/Q.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Ie,Q.width,Q.height,1,de,L,qe)}_.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,Q.width,Q.height,Q.depth,de,L,Q.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,ee,Q.width,Q.height,Q.depth,0,de,L,Q.data);else if(_.isData3DTexture)ce?(he&&t.texStorage3D(n.TEXTURE_3D,Ke,ee,Q.width,Q.height,Q.depth),Pe&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,Q.width,Q.height,Q.depth,de,L,Q.data)):t.texImage3D(n.TEXTURE_3D,0,ee,Q.width,Q.height,Q.depth,0,de,L,Q.data);else if(_.isFramebufferTexture){if(he)if(ce)t.texStorage2D(n.TEXTURE_2D,Ke,ee,Q.width,Q.height);else{let ae=Q.width,Ie=Q.height;for(let qe=0;qe<Ke;qe++)t.texImage2D(n.TEXTURE_2D,qe,ee,ae,Ie,0,de,L,null),ae>>=1,Ie>>=1}}else if(_.isHTMLTexture){if("texElementImage2D"in n){let ae=n.canvas;if(ae.hasAttribute("layoutsubtree")||ae.setAttribute("layoutsubtree","true"),Q.parentNode!==ae){ae.appendChild(Q),d.add(_),ae.onpaint=Ie=>{let qe=Ie.changedElements;for(let ve of d)qe.includes(ve.image)&&(ve.needsUpdate=!0)},ae.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,Q);else{let qe=n.RGBA,ve=n.RGBA,lt=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,qe,ve,lt,Q)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(fe.length>0){if(ce&&he){let ae=Ve(fe[0]);t.texStorage2D(n.TEXTURE_2D,Ke,ee,ae.width,ae.height)}for(let ae=0,Ie=fe.length;ae<Ie;ae++)Y=fe[ae],ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,ae,0,0,de,L,Y):t.texImage2D(n.TEXTURE_2D,ae,ee,de,L,Y);_.generateMipmaps=!1}else if(ce){if(he){let ae=Ve(Q);t.texStorage2D(n.TEXTURE_2D,Ke,ee,ae.width,ae.height)}Pe&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,de,L,Q)}else t.texImage2D(n.TEXTURE_2D,0,ee,de,L,Q);T(_)&&_.mipmapsAutoUpdate===!0&&v(oe),me.__version=ue.version,_.onUpdate&&_.onUpdate(_)}E.__version=_.version}function Je(E,_,H){if(_.image.length!==6)return;let oe=We(E,_),te=_.source;t.bindTexture(n.TEXTURE_CUBE_MAP,E.__webglTexture,n.TEXTURE0+H);let ue=i.get(te);if(te.version!==ue.__version||oe===!0){t.activeTexture(n.TEXTURE0+H);let me=tt.getPrimaries(tt.workingColorSpace),J=_.colorSpace===fi?null:tt.getPrimaries(_.colorSpace),Q=_.colorSpace===fi||me===J?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,_.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,_.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,_.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,Q);let de=_.isCompressedTexture||_.image[0].isCompressedTexture,L=_.image[0]&&_.image[0].isDataTexture,ee=[];for(let ve=0;ve<6;ve++)!de&&!L?ee[ve]=y(_.image[ve],!0,r.maxCubemapSize):ee[ve]=L?_.image[ve].image:_.image[ve],ee[ve]=Ne(_,ee[ve]);let Y=ee[0],fe=s.convert(_.format,_.colorSpace),ce=s.convert(_.type),he=w(_.internalFormat,fe,ce,_.normalized,_.colorSpace),Pe=_.isVideoTexture!==!0,Ke=ue.__version===void 0||oe===!0,ae=te.dataReady,Ie=S(_,Y);He(n.TEXTURE_CUBE_MAP,_);let qe;if(_.isDepthTexture){if(he=b(_.format===di,_.type),Ke)if(Pe)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,he,Y.width,Y.height);else for(let ve=0;ve<6;ve++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,he,Y.width,Y.height,0,fe,ce,null)}else if(de){Pe&&Ke&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,he,Y.width,Y.height);for(let ve=0;ve<6;ve++){qe=ee[ve].mipmaps;for(let lt=0;lt<qe.length;lt++){let Pt=qe[lt];_.format!==Fn?fe!==null?Pe?ae&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt,0,0,Pt.width,Pt.height,fe,Pt.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt,he,Pt.width,Pt.height,0,Pt.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Pe?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt,0,0,Pt.width,Pt.height,fe,ce,Pt.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt,he,Pt.width,Pt.height,0,fe,ce,Pt.data)}}}else{if(qe=_.mipmaps,Pe&&Ke){qe.length>0&&Ie++;let ve=Ve(ee[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,he,ve.width,ve.height)}for(let ve=0;ve<6;ve++)if(L){Pe?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,0,0,ee[ve].width,ee[ve].height,fe,ce,ee[ve].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,he,ee[ve].width,ee[ve].height,0,fe,ce,ee[ve].data);for(let lt=0;lt<qe.length;lt++){let bi=qe[lt].image[ve].image;Pe?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt+1,0,0,bi.width,bi.height,fe,ce,bi.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt+1,he,bi.width,bi.height,0,fe,ce,bi.data)}}else{Pe?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,0,0,fe,ce,ee[ve]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,0,he,fe,ce,ee[ve]);for(let lt=0;lt<qe.length;lt++){let Pt=qe[lt];Pe?ae&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt+1,0,0,fe,ce,Pt.image[ve]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ve,lt+1,he,fe,ce,Pt.image[ve])}}}T(_)&&_.mipmapsAutoUpdate===!0&&v(n.TEXTURE_CUBE_MAP),ue.__version=te.version,_.onUpdate&&_.onUpdate(_)}E.__version=_.version}function ke(E,_,H,oe,te,ue){let me=s.convert(H.format,H.colorSpace),J=s.convert(H.type),Q=w(H.internalFormat,me,J,H.normalized,H.colorSpace),de=i.get(_),L=i.get(H);if(L.__renderTarget=_,!de.__hasExternalTextures){let ee=Math.max(1,_.width>>ue),Y=Math.max(1,_.height>>ue);te===n.TEXTURE_3D||te===n.TEXTURE_2D_ARRAY?t.texImage3D(te,ue,Q,ee,Y,_.depth,0,me,J,null):t.texImage2D(te,ue,Q,ee,Y,0,me,J,null)}t.bindFramebuffer(n.FRAMEBUFFER,E),be(_)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,oe,te,L.__webglTexture,0,pt(_)):(te===n.TEXTURE_2D||te>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&te<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,oe,te,L.__webglTexture,ue),t.bindFramebuffer(n.FRAMEBUFFER,null)}function Rt(E,_,H){if(n.bindRenderbuffer(n.RENDERBUFFER,E),_.depthBuffer){let oe=_.depthTexture,te=oe&&oe.isDepthTexture?oe.type:null,ue=b(_.stencilBuffer,te),me=_.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;be(_)?a.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(_),ue,_.width,_.height):H?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(_),ue,_.width,_.height):n.renderbufferStorage(n.RENDERBUFFER,ue,_.width,_.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,me,n.RENDERBUFFER,E)}else{let oe=_.textures;for(let te=0;te<oe.length;te++){let ue=oe[te],me=s.convert(ue.format,ue.colorSpace),J=s.convert(ue.type),Q=w(ue.internalFormat,me,J,ue.normalized,ue.colorSpace);be(_)?a.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(_),Q,_.width,_.height):H?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(_),Q,_.width,_.height):n.renderbufferStorage(n.RENDERBUFFER,Q,_.width,_.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function nt(E,_,H){let oe=_.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,E),!(_.depthTexture&&_.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let te=i.get(_.depthTexture);te.__renderTarget=_;let ue=oe?_.depthTexture.image[0]:_.depthTexture.image;(!te.__webglTexture||ue.width!==_.width||ue.height!==_.height)&&(ue.width=_.width,ue.height=_.height,_.depthTexture.needsUpdate=!0),oe?ie(_.depthTexture,0):re(_.depthTexture,0);let me=te.__webglTexture,J=pt(_),Q=oe?n.TEXTURE_CUBE_MAP_POSITIVE_X+H:n.TEXTURE_2D,de=_.depthTexture.format===di?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(_.depthTexture.format===ai)be(_)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,de,Q,me,0,J):n.framebufferTexture2D(n.FRAMEBUFFER,de,Q,me,0);else if(_.depthTexture.format===di)be(_)?a.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,de,Q,me,0,J):n.framebufferTexture2D(n.FRAMEBUFFER,de,Q,me,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function Bt(E){let _=i.get(E),H=E.isWebGLCubeRenderTarget===!0;if(_.__boundDepthTexture!==E.depthTexture){let oe=E.depthTexture;if(_.__depthDisposeCallback&&_.__depthDisposeCallback(),oe){let te=()=>{delete _.__boundDepthTexture,delete _.__depthDisposeCallback,oe.removeEventListener("dispose",te)};oe.addEventListener("dispose",te),_.__depthDisposeCallback=te}_.__boundDepthTexture=oe}if(E.depthTexture&&!_.__autoAllocateDepthBuffer)if(H)for(let oe=0;oe<6;oe++)nt(_.__webglFramebuffer[oe],E,oe);else E.texture.mipmaps.length>0?nt(_.__webglFramebuffer[0],E,0):nt(_.__webglFramebuffer,E,0);else if(H){_.__webglDepthbuffer=[];for(let oe=0;oe<6;oe++)if(t.bindFramebuffer(n.FRAMEBUFFER,_.__webglFramebuffer[oe]),_.__webglDepthbuffer[oe]===void 0)_.__webglDepthbuffer[oe]=n.createRenderbuffer(),Rt(_.__webglDepthbuffer[oe],E,!1);else{let te=E.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ue=_.__webglDepthbuffer[oe];n.bindRenderbuffer(n.RENDERBUFFER,ue),n.framebufferRenderbuffer(n.FRAMEBUFFER,te,n.RENDERBUFFER,ue)}}else if(E.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,_.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,_.__webglFramebuffer),_.__webglDepthbuffer===void 0)_.__webglDepthbuffer=n.createRenderbuffer(),Rt(_.__webglDepthbuffer,E,!1);else{let te=E.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ue=_.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,ue),n.framebufferRenderbuffer(n.FRAMEBUFFER,te,n.RENDERBUFFER,ue)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function gt(E,_,H){let oe=i.get(E);_!==void 0&&ke(oe.__webglFramebuffer,E,E.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),H!==void 0&&Bt(E)}function fn(E){let _=E.texture,H=i.get(E),oe=i.get(_);E.addEventListener("dispose",I),D(E);let te=E.textures,ue=E.isWebGLCubeRenderTarget===!0,me=te.length>1;if(me||(oe.__webglTexture===void 0&&(oe.__webglTexture=n.createTexture()),oe.__version=_.version,o.memory.textures++),ue){H.__webglFramebuffer=[];for(let J=0;J<6;J++)if(_.mipmaps.length>0){H.__webglFramebuffer[J]=[];for(let Q=0;Q<_.mipmaps.length;Q++)H.__webglFramebuffer[J][Q]=n.createFramebuffer()}else H.__webglFramebuffer[J]=n.createFramebuffer()}else{if(_.mipmaps.length>0){H.__webglFramebuffer=[];for(let J=0;J<_.mipmaps.length;J++)H.__webglFramebuffer[J]=n.createFramebuffer()}else H.__webglFramebuffer=n.createFramebuffer();if(me)for(let J=0,Q=te.length;J<Q;J++){let de=i.get(te[J]);de.__webglTexture===void 0&&(de.__webglTexture=n.createTexture(),o.memory.textures++)}if(E.samples>0&&be(E)===!1){H.__webglMultisampledFramebuffer=n.createFramebuffer(),H.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,H.__webglMultisampledFramebuffer);for(let J=0;J<te.length;J++){let Q=te[J];H.__webglColorRenderbuffer[J]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,H.__webglColorRenderbuffer[J]);let de=s.convert(Q.format,Q.colorSpace),L=s.convert(Q.type),ee=w(Q.internalFormat,de,L,Q.normalized,Q.colorSpace,E.isXRRenderTarget===!0),Y=pt(E);n.renderbufferStorageMultisample(n.RENDERBUFFER,Y,ee,E.width,E.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+J,n.RENDERBUFFER,H.__webglColorRenderbuffer[J])}n.bindRenderbuffer(n.RENDERBUFFER,null),E.depthBuffer&&(H.__webglDepthRenderbuffer=n.createRenderbuffer(),Rt(H.__webglDepthRenderbuffer,E,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(ue){t.bindTexture(n.TEXTURE_CUBE_MAP,oe.__webglTexture),He(n.TEXTURE_CUBE_MAP,_);for(let J=0;J<6;J++)if(_.mipmaps.length>0)for(let Q=0;Q<_.mipmaps.length;Q++)ke(H.__webglFramebuffer[J][Q],E,_,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+J,Q);else ke(H.__webglFramebuffer[J],E,_,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+J,0);T(_)?v(n.TEXTURE_CUBE_MAP):_.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,_.mipmaps.length-1),t.unbindTexture()}else if(me){for(let J=0,Q=te.length;J<Q;J++){let de=te[J],L=i.get(de),ee=n.TEXTURE_2D;(E.isWebGL3DRenderTarget||E.isWebGLArrayRenderTarget)&&(ee=E.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(ee,L.__webglTexture),He(ee,de),ke(H.__webglFramebuffer,E,de,n.COLOR_ATTACHMENT0+J,ee,0),T(de)&&v(ee)}t.unbindTexture()}else{let J=n.TEXTURE_2D;if((E.isWebGL3DRenderTarget||E.isWebGLArrayRenderTarget)&&(J=E.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(J,oe.__webglTexture),He(J,_),_.mipmaps.length>0)for(let Q=0;Q<_.mipmaps.length;Q++)ke(H.__webglFramebuffer[Q],E,_,n.COLOR_ATTACHMENT0,J,Q);else ke(H.__webglFramebuffer,E,_,n.COLOR_ATTACHMENT0,J,0);T(_)?v(J):_.mipmaps.length>0&&n.texParameteri(J,n.TEXTURE_MAX_LEVEL,_.mipmaps.length-1),t.unbindTexture()}E.depthBuffer&&Bt(E)}function U(E){let _=E.textures;for(let H=0,oe=_.length;H<oe;H++){let te=_[H];if(T(te)&&te.mipmapsAutoUpdate===!0){let ue=A(E),me=i.get(te).__webglTexture;t.bindTexture(ue,me),v(ue),t.unbindTexture()}}}let pn=[];function ft(E){if(E.samples>0){if(be(E)===!1){let _=E.textures,H=E.width,oe=E.height,te=n.COLOR_BUFFER_BIT,ue=E.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,me=i.get(E),J=_.length>1;if(J)for(let de=0;de<_.length;de++)t.bindFramebuffer(n.FRAMEBUFFER,me.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+de,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,me.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+de,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,me.__webglMultisampledFramebuffer),E.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglFramebuffer);for(let de=0;de<_.length;de++){if(E.resolveDepthBuffer&&(E.depthBuffer&&(te|=n.DEPTH_BUFFER_BIT),E.stencilBuffer&&E.resolveStencilBuffer&&(te|=n.STENCIL_BUFFER_BIT)),J){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,me.__webglColorRenderbuffer[de]);let L=i.get(_[de]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,L,0)}n.blitFramebuffer(0,0,H,oe,0,0,H,oe,te,n.NEAREST),l===!0&&(pn.length=0,pn.push(n.COLOR_ATTACHMENT0+de),E.depthBuffer&&E.storeMultisampledDepthBuffer===!1&&pn.push(ue),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,pn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),J)for(let de=0;de<_.length;de++){t.bindFramebuffer(n.FRAMEBUFFER,me.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+de,n.RENDERBUFFER,me.__webglColorRenderbuffer[de]);let L=i.get(_[de]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,me.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+de,n.TEXTURE_2D,L,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglMultisampledFramebuffer)}else if(E.depthBuffer&&E.storeMultisampledDepthBuffer===!1&&l){let _=E.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[_])}}}function pt(E){return Math.min(r.maxSamples,E.samples)}function be(E){let _=i.get(E);return E.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&_.__useRenderToTexture!==!1}function St(E){let _=o.render.frame;u.get(E)!==_&&(u.set(E,_),E.update())}function Ne(E,_){let H=E.colorSpace,oe=E.format,te=E.type;return E.isCompressedTexture===!0||E.isVideoTexture===!0||H!==ho&&H!==fi&&(tt.getTransfer(H)===at?(oe!==Fn||te!==rn)&&Le("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Be("WebGLTextures: Unsupported texture color space:",H)),_}function Ve(E){return typeof HTMLImageElement<"u"&&E instanceof HTMLImageElement?(c.width=E.naturalWidth||E.width,c.height=E.naturalHeight||E.height):typeof VideoFrame<"u"&&E instanceof VideoFrame?(c.width=E.displayWidth,c.height=E.displayHeight):(c.width=E.width,c.height=E.height),c}this.allocateTextureUnit=ne,this.resetTextureUnits=W,this.getTextureUnits=K,this.setTextureUnits=ye,this.setTexture2D=re,this.setTexture2DArray=se,this.setTexture3D=xe,this.setTextureCube=ie,this.rebindTextures=gt,this.setupRenderTarget=fn,this.updateRenderTargetMipmap=U,this.updateMultisampleRenderTarget=ft,this.setupDepthRenderbuffer=Bt,this.setupFrameBufferTexture=ke,this.useMultisampledRTT=be,this.dispose=N}function pT(n,e){function t(i,r=fi){let s,o=tt.getTransfer(r);if(i===rn)return n.UNSIGNED_BYTE;if(i===cc)return n.UNSIGNED_SHORT_4_4_4_4;if(i===uc)return n.UNSIGNED_SHORT_5_5_5_1;if(i===ad)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===ld)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===sd)return n.BYTE;if(i===od)return n.SHORT;if(i===Ms)return n.UNSIGNED_SHORT;if(i===lc)return n.INT;if(i===Nn)return n.UNSIGNED_INT;if(i===Mn)return n.FLOAT;if(i===Dn)return n.HALF_FLOAT;if(i===cd)return n.ALPHA;if(i===ud)return n.RGB;if(i===Fn)return n.RGBA;if(i===ai)return n.DEPTH_COMPONENT;if(i===di)return n.DEPTH_STENCIL;if(i===hc)return n.RED;if(i===dc)return n.RED_INTEGER;if(i===ki)return n.RG;if(i===fc)return n.RG_INTEGER;if(i===pc)return n.RGBA_INTEGER;if(i===Bo||i===ko||i===zo||i===Vo)if(o===at)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===Bo)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===ko)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===zo)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===Vo)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===Bo)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===ko)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===zo)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===Vo)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===mc||i===gc||i===bc||i===xc)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===mc)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===gc)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===bc)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===xc)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===yc||i===vc||i===_c||i===Mc||i===Sc||i===Go||i===wc)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===yc||i===vc)return o===at?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===_c)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===Mc)return s.COMPRESSED_R11_EAC;if(i===Sc)return s.COMPRESSED_SIGNED_R11_EAC;if(i===Go)return s.COMPRESSED_RG11_EAC;if(i===wc)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===Ac||i===Tc||i===Ec||i===Cc||i===Rc||i===Pc||i===Ic||i===Lc||i===Nc||i===Dc||i===Fc||i===Oc||i===Uc||i===Bc)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===Ac)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===Tc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===Ec)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===Cc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===Rc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===Pc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Ic)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===Lc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===Nc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===Dc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===Fc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===Oc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===Uc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===Bc)return o===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===kc||i===zc||i===Vc)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===kc)return o===at?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===zc)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Vc)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Gc||i===Hc||i===Ho||i===Wc)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===Gc)return s.COMPRESSED_RED_RGTC1_EXT;if(i===Hc)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===Ho)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===Wc)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===mr?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var mT=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,gT=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Ud=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new Ao(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new Hn({vertexShader:mT,fragmentShader:gT,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Qt(new hr(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Bd=class extends Ln{constructor(e,t){super();let i=this,r=null,s=1,o=null,a="local-floor",l=1,c=null,u=null,d=null,h=null,f=null,p=null,x=typeof XRWebGLBinding<"u",g=new Ud,m={},y=t.getContextAttributes(),T=null,v=null,A=[],w=[],b=new Ue,S=null,D=null,C=new Zt;C.viewport=new mt;let P=new Zt;P.viewport=new mt;let I=[C,P],O=new nc,R=null,N=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(X){let re=A[X];return re===void 0&&(re=new ds,A[X]=re),re.getTargetRaySpace()},this.getControllerGrip=function(X){let re=A[X];return re===void 0&&(re=new ds,A[X]=re),re.getGripSpace()},this.getHand=function(X){let re=A[X];return re===void 0&&(re=new ds,A[X]=re),re.getHandSpace()};function G(X){let re=w.indexOf(X.inputSource);if(re===-1)return;let se=A[re];se!==void 0&&(se.update(X.inputSource,X.frame,c||o),se.dispatchEvent({type:X.type,data:X.inputSource}))}function k(){r.removeEventListener("select",G),r.removeEventListener("selectstart",G),r.removeEventListener("selectend",G),r.removeEventListener("squeeze",G),r.removeEventListener("squeezestart",G),r.removeEventListener("squeezeend",G),r.removeEventListener("end",k),r.removeEventListener("inputsourceschange",j);for(let X=0;X<A.length;X++){let re=w[X];re!==null&&(w[X]=null,A[X].disconnect(re))}R=null,N=null,g.reset();for(let X in m)delete m[X];if(e.setRenderTarget(T),f=null,h=null,d=null,r=null,v=null,ne.stop(),i.isPresenting=!1,e.setPixelRatio(S),e.setSize(b.width,b.height,!1),D!==null){let X=D.camera;X.fov=D.fov,X.zoom=D.zoom,X.updateProjectionMatrix(),D=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(X){s=X,i.isPresenting===!0&&Le("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(X){a=X,i.isPresenting===!0&&Le("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(X){c=X},this.getBaseLayer=function(){return h!==null?h:f},this.getBinding=function(){return d===null&&x&&(d=new XRWebGLBinding(r,t)),d},this.getFrame=function(){return p},this.getSession=function(){return r},this.setSession=async function(X){if(r=X,r!==null){if(T=e.getRenderTarget(),r.addEventListener("select",G),r.addEventListener("selectstart",G),r.addEventListener("selectend",G),r.addEventListener("squeeze",G),r.addEventListener("squeezestart",G),r.addEventListener("squeezeend",G),r.addEventListener("end",k),r.addEventListener("inputsourceschange",j),y.xrCompatible!==!0&&await t.makeXRCompatible(),S=e.getPixelRatio(),e.getSize(b),x&&"createProjectionLayer"in XRWebGLBinding.prototype){let se=null,xe=null,ie=null;y.depth&&(ie=y.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,se=y.stencil?di:ai,xe=y.stencil?mr:Nn);let le={colorFormat:t.RGBA8,depthFormat:ie,scaleFactor:s};d=this.getBinding(),h=d.createProjectionLayer(le),r.updateRenderState({layers:[h]}),e.setPixelRatio(1),e.setSize(h.textureWidth,h.textureHeight,!1),v=new hn(h.textureWidth,h.textureHeight,{format:Fn,type:rn,depthTexture:new ui(h.textureWidth,h.textureHeight,xe,void 0,void 0,void 0,void 0,void 0,void 0,se),stencilBuffer:y.stencil,colorSpace:e.outputColorSpace,samples:y.antialias?4:0,resolveDepthBuffer:h.ignoreDepthValues===!1,resolveStencilBuffer:h.ignoreDepthValues===!1,storeMultisampledDepthBuffer:h.ignoreDepthValues===!1,storeMultisampledStencilBuffer:h.ignoreDepthValues===!1})}else{let se={antialias:y.antialias,alpha:!0,depth:y.depth,stencil:y.stencil,framebufferScaleFactor:s};f=new XRWebGLLayer(r,t,se),r.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),v=new hn(f.framebufferWidth,f.framebufferHeight,{format:Fn,type:rn,colorSpace:e.outputColorSpace,stencilBuffer:y.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await r.requestReferenceSpace(a),ne.setContext(r),ne.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function j(X){for(let re=0;re<X.removed.length;re++){let se=X.removed[re],xe=w.indexOf(se);xe>=0&&(w[xe]=null,A[xe].disconnect(se))}for(let re=0;re<X.added.length;re++){let se=X.added[re],xe=w.indexOf(se);if(xe===-1){for(let le=0;le<A.length;le++)if(le>=w.length){w.push(se),xe=le;break}else if(w[le]===null){w[le]=se,xe=le;break}if(xe===-1)break}let ie=A[xe];ie&&ie.connect(se)}}function B(X,re){re===null?X.matrixWorld.copy(X.matrix):X.matrixWorld.multiplyMatrices(re.matrixWorld,X.matrix),X.matrixWorldInverse.copy(X.matrixWorld).invert()}this.updateCamera=function(X){if(r===null)return;let re=X.near,se=X.far;g.texture!==null&&(g.depthNear>0&&(re=g.depthNear),g.depthFar>0&&(se=g.depthFar)),O.near=P.near=C.near=re,O.far=P.far=C.far=se,(R!==O.near||N!==O.far)&&(r.updateRenderState({depthNear:O.near,depthFar:O.far}),R=O.near,N=O.far),O.layers.mask=X.layers.mask|6,C.layers.mask=O.layers.mask&-5,P.layers.mask=O.layers.mask&-3;let xe=X.parent,ie=O.cameras;B(O,xe);for(let le=0;le<ie.length;le++)B(ie[le],xe);O.projectionMatrix.copy(C.projectionMatrix),O.projectionMatrixInverse.copy(C.projectionMatrixInverse),D===null&&X.isPerspectiveCamera&&(D={camera:X,fov:X.fov,zoom:X.zoom}),W(X,O,xe)};function W(X,re,se){se===null?X.matrix.copy(re.matrixWorld):(X.matrix.copy(se.matrixWorld),X.matrix.invert(),X.matrix.multiply(re.matrixWorld)),X.matrix.decompose(X.position,X.quaternion,X.scale),X.updateMatrixWorld(!0),X.projectionMatrix.copy(re.projectionMatrix),X.projectionMatrixInverse.copy(re.projectionMatrixInverse),X.isPerspectiveCamera&&(X.fov=cs*2*Math.atan(1/X.projectionMatrix.elements[5]),X.zoom=1)}this.getCamera=function(){return O},this.getFoveation=function(){if(!(h===null&&f===null))return l},this.setFoveation=function(X){l=X,h!==null&&(h.fixedFoveation=X),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=X)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(O)},this.getCameraTexture=function(X){return m[X]};let K=null;function ye(X,re){if(u=re.getViewerPose(c||o),p=re,u!==null){let se=u.views;f!==null&&(e.setRenderTargetFramebuffer(v,f.framebuffer),e.setRenderTarget(v));let xe=!1;se.length!==O.cameras.length&&(O.cameras.length=0,xe=!0);for(let Se=0;Se<se.length;Se++){let He=se[Se],We=null;if(f!==null)We=f.getViewport(He);else{let we=d.getViewSubImage(h,He);We=we.viewport,Se===0&&(e.setRenderTargetTextures(v,we.colorTexture,we.depthStencilTexture),e.setRenderTarget(v))}let Fe=I[Se];Fe===void 0&&(Fe=new Zt,Fe.layers.enable(Se),Fe.viewport=new mt,I[Se]=Fe),Fe.matrix.fromArray(He.transform.matrix),Fe.matrix.decompose(Fe.position,Fe.quaternion,Fe.scale),Fe.projectionMatrix.fromArray(He.projectionMatrix),Fe.projectionMatrixInverse.copy(Fe.projectionMatrix).invert(),Fe.viewport.set(We.x,We.y,We.width,We.height),Se===0&&(O.matrix.copy(Fe.matrix),O.matrix.decompose(O.position,O.quaternion,O.scale)),xe===!0&&O.cameras.push(Fe)}let ie=r.enabledFeatures;if(ie&&ie.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&x){d=i.getBinding();let Se=d.getDepthInformation(se[0]);Se&&Se.isValid&&Se.texture&&g.init(Se,r.renderState)}if(ie&&ie.includes("camera-access")&&x){e.state.unbindTexture(),d=i.getBinding();for(let Se=0;Se<se.length;Se++){let He=se[Se].camera;if(He){let We=m[He];We||(We=new Ao,m[He]=We);let Fe=d.getCameraImage(He);We.sourceTexture=Fe}}}}for(let se=0;se<A.length;se++){let xe=w[se],ie=A[se];xe!==null&&ie!==void 0&&ie.update(xe,re,c||o)}K&&K(X,re),re.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:re}),p=null}let ne=new G0;ne.setAnimationLoop(ye),this.setAnimationLoop=function(X){K=X},this.dispose=function(){}}},bT=new rt,j0=new ze;j0.set(-1,0,0,0,1,0,0,0,1);function xT(n,e){function t(g,m){g.matrixAutoUpdate===!0&&g.updateMatrix(),m.value.copy(g.matrix)}function i(g,m){m.color.getRGB(g.fogColor.value,vd(n)),m.isFog?(g.fogNear.value=m.near,g.fogFar.value=m.far):m.isFogExp2&&(g.fogDensity.value=m.density)}function r(g,m,y,T,v){m.isNodeMaterial?m.uniformsNeedUpdate=!1:m.isMeshBasicMaterial?s(g,m):m.isMeshLambertMaterial?(s(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshToonMaterial?(s(g,m),d(g,m)):m.isMeshPhongMaterial?(s(g,m),u(g,m),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)):m.isMeshStandardMaterial?(s(g,m),h(g,m),m.isMeshPhysicalMaterial&&f(g,m,v)):m.isMeshMatcapMaterial?(s(g,m),p(g,m)):m.isMeshDepthMaterial?s(g,m):m.isMeshDistanceMaterial?(s(g,m),x(g,m)):m.isMeshNormalMaterial?s(g,m):m.isLineBasicMaterial?(o(g,m),m.isLineDashedMaterial&&a(g,m)):m.isPointsMaterial?l(g,m,y,T):m.isSpriteMaterial?c(g,m):m.isShadowMaterial?(g.color.value.copy(m.color),g.opacity.value=m.opacity):m.isShaderMaterial&&(m.uniformsNeedUpdate=!1)}function s(g,m){g.opacity.value=m.opacity,m.color&&g.diffuse.value.copy(m.color),m.emissive&&g.emissive.value.copy(m.emissive).multiplyScalar(m.emissiveIntensity),m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.bumpMap&&(g.bumpMap.value=m.bumpMap,t(m.bumpMap,g.bumpMapTransform),g.bumpScale.value=m.bumpScale,m.side===en&&(g.bumpScale.value*=-1)),m.normalMap&&(g.normalMap.value=m.normalMap,t(m.normalMap,g.normalMapTransform),g.normalScale.value.copy(m.normalScale),m.side===en&&g.normalScale.value.negate()),m.displacementMap&&(g.displacementMap.value=m.displacementMap,t(m.displacementMap,g.displacementMapTransform),g.displacementScale.value=m.displacementScale,g.displacementBias.value=m.displacementBias),m.emissiveMap&&(g.emissiveMap.value=m.emissiveMap,t(m.emissiveMap,g.emissiveMapTransform)),m.specularMap&&(g.specularMap.value=m.specularMap,t(m.specularMap,g.specularMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest);let y=e.get(m),T=y.envMap,v=y.envMapRotation;T&&(g.envMap.value=T,g.envMapRotation.value.setFromMatrix4(bT.makeRotationFromEuler(v)).transpose(),T.isCubeTexture&&T.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(j0),g.reflectivity.value=m.reflectivity,g.ior.value=m.ior,g.refractionRatio.value=m.refractionRatio),m.lightMap&&(g.lightMap.value=m.lightMap,g.lightMapIntensity.value=m.lightMapIntensity,t(m.lightMap,g.lightMapTransform)),m.aoMap&&(g.aoMap.value=m.aoMap,g.aoMapIntensity.value=m.aoMapIntensity,t(m.aoMap,g.aoMapTransform))}function o(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform))}function a(g,m){g.dashSize.value=m.dashSize,g.totalSize.value=m.dashSize+m.gapSize,g.scale.value=m.scale}function l(g,m,y,T){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.size.value=m.size*y,g.scale.value=T*.5,m.map&&(g.map.value=m.map,t(m.map,g.uvTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function c(g,m){g.diffuse.value.copy(m.color),g.opacity.value=m.opacity,g.rotation.value=m.rotation,m.map&&(g.map.value=m.map,t(m.map,g.mapTransform)),m.alphaMap&&(g.alphaMap.value=m.alphaMap,t(m.alphaMap,g.alphaMapTransform)),m.alphaTest>0&&(g.alphaTest.value=m.alphaTest)}function u(g,m){g.specular.value.copy(m.specular),g.shininess.value=Math.max(m.shininess,1e-4)}function d(g,m){m.gradientMap&&(g.gradientMap.value=m.gradientMap)}function h(g,m){g.metalness.value=m.metalness,m.metalnessMap&&(g.metalnessMap.value=m.metalnessMap,t(m.metalnessMap,g.metalnessMapTransform)),g.roughness.value=m.roughness,m.roughnessMap&&(g.roughnessMap.value=m.roughnessMap,t(m.roughnessMap,g.roughnessMapTransform)),m.envMap&&(g.envMapIntensity.value=m.envMapIntensity)}function f(g,m,y){g.ior.value=m.ior,m.diffuseRoughness>0&&(g.diffuseRoughness.value=m.diffuseRoughness,m.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=m.diffuseRoughnessMap,t(m.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),m.sheen>0&&(g.sheenColor.value.copy(m.sheenColor).multiplyScalar(m.sheen),g.sheenRoughness.value=m.sheenRoughness,m.sheenColorMap&&(g.sheenColorMap.value=m.sheenColorMap,t(m.sheenColorMap,g.sheenColorMapTransform)),m.sheenRoughnessMap&&(g.sheenRoughnessMap.value=m.sheenRoughnessMap,t(m.sheenRoughnessMap,g.sheenRoughnessMapTransform))),m.clearcoat>0&&(g.clearcoat.value=m.clearcoat,g.clearcoatRoughness.value=m.clearcoatRoughness,m.clearcoatMap&&(g.clearcoatMap.value=m.clearcoatMap,t(m.clearcoatMap,g.clearcoatMapTransform)),m.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=m.clearcoatRoughnessMap,t(m.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),m.clearcoatNormalMap&&(g.clearcoatNormalMap.value=m.clearcoatNormalMap,t(m.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(m.clearcoatNormalScale),m.side===en&&g.clearcoatNormalScale.value.negate())),m.dispersion>0&&(g.dispersion.value=m.dispersion),m.retroreflectivity>0&&(g.retroreflectivity.value=m.retroreflectivity),m.iridescence>0&&(g.iridescence.value=m.iridescence,g.iridescenceIOR.value=m.iridescenceIOR,g.iridescenceThicknessMinimum.value=m.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=m.iridescenceThicknessMaximum,m.iridescenceMap&&(g.iridescenceMap.value=m.iridescenceMap,t(m.iridescenceMap,g.iridescenceMapTransform)),m.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=m.iridescenceThicknessMap,t(m.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),m.transmission>0&&(g.transmission.value=m.transmission,g.transmissionSamplerMap.value=y.texture,g.transmissionSamplerSize.value.set(y.width,y.height),m.transmissionMap&&(g.transmissionMap.value=m.transmissionMap,t(m.transmissionMap,g.transmissionMapTransform)),g.thickness.value=m.thickness,m.thicknessMap&&(g.thicknessMap.value=m.thicknessMap,t(m.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=m.attenuationDistance,g.attenuationColor.value.copy(m.attenuationColor)),m.anisotropy>0&&(g.anisotropyVector.value.set(m.anisotropy*Math.cos(m.anisotropyRotation),m.anisotropy*Math.sin(m.anisotropyRotation)),m.anisotropyMap&&(g.anisotropyMap.value=m.anisotropyMap,t(m.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=m.specularIntensity,g.specularColor.value.copy(m.specularColor),m.specularColorMap&&(g.specularColorMap.value=m.specularColorMap,t(m.specularColorMap,g.specularColorMapTransform)),m.specularIntensityMap&&(g.specularIntensityMap.value=m.specularIntensityMap,t(m.specularIntensityMap,g.specularIntensityMapTransform))}function p(g,m){m.matcap&&(g.matcap.value=m.matcap)}function x(g,m){let y=e.get(m).light;g.referencePosition.value.setFromMatrixPosition(y.matrixWorld),g.nearDistance.value=y.shadow.camera.near,g.farDistance.value=y.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function yT(n,e,t,i){let r={},s={};function o(y,T){let v=T.program;i.uniformBlockBinding(y,v,r[y.id])}function a(y,T){let v=r[y.id];v===void 0&&(p(y),v=l(y),r[y.id]=v,y.addEventListener("dispose",g));let A=T.program;i.updateUBOMapping(y,A);let w=e.render.frame;s[y.id]!==w&&(c(y),s[y.id]=w)}function l(y){let T=n.createBuffer(),v=y.__size,A=y.usage;return n.bindBuffer(n.UNIFORM_BUFFER,T),n.bufferData(n.UNIFORM_BUFFER,v,A),n.bindBuffer(n.UNIFORM_BUFFER,null),T}function c(y){let T=r[y.id],v=y.uniforms,A=y.__cache;n.bindBuffer(n.UNIFORM_BUFFER,T);for(let w=0,b=v.length;w<b;w++){let S=v[w];if(Array.isArray(S))for(let D=0,C=S.length;D<C;D++)u(S[D],w,D,A);else u(S,w,0,A)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function u(y,T,v,A){if(h(y,T,v,A)===!0){let w=y.__offset,b=y.value;if(Array.isArray(b)){let S=0;for(let D=0;D<b.length;D++){let C=b[D],P=x(C,!0);d(C,y.__data,S),S+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else d(b,y.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,w,y.__data)}}function d(y,T,v){typeof y=="number"||typeof y=="boolean"?T[v]=y:y.isMatrix3?(T[v]=y.elements[0],T[v+1]=y.elements[1],T[v+2]=y.elements[2],T[v+3]=0,T[v+4]=y.elements[3],T[v+5]=y.elements[4],T[v+6]=y.elements[5],T[v+7]=0,T[v+8]=y.elements[6],T[v+9]=y.elements[7],T[v+10]=y.elements[8],T[v+11]=0):ArrayBuffer.isView(y)?T.set(y.subarray(0,T.length-v),v):y.toArray(T,v)}function h(y,T,v,A){let w=y.value,b=T+"_"+v;if(Array.isArray(w)){A[b]===void 0&&(A[b]=[]);let S=A[b],D=!1;for(let C=0;C<w.length;C++)f(w[C],S,C)===!0&&(D=!0);return D}return f(w,A,b)}function f(y,T,v){if(T[v]===void 0)return typeof y=="number"||typeof y=="boolean"?T[v]=y:ArrayBuffer.isView(y)?T[v]=y.slice():T[v]=y.clone(),!0;{let A=T[v];if(typeof y=="number"||typeof y=="boolean"){if(A!==y)return T[v]=y,!0}else{if(ArrayBuffer.isView(y))return!0;if(A.equals(y)===!1)return A.copy(y),!0}}return!1}function p(y){let T=y.uniforms,v=0,A=16;for(let b=0,S=T.length;b<S;b++){let D=Array.isArray(T[b])?T[b]:[T[b]];for(let C=0,P=D.length;C<P;C++){let I=D[C],O=Array.isArray(I.value)?I.value:[I.value],R=Array.isArray(T[b])||Array.isArray(I.value),N=v;for(let k=0,j=O.length;k<j;k++){let B=O[k],W=x(B,R),K=v%A,ye=K%W.boundary,ne=K+ye;v+=ye,ne!==0&&A-ne<W.storage&&(v+=A-ne),k===0&&(N=v),v+=W.storage}let G=I.type==="int"?Int32Array:I.type==="uint"?Uint32Array:Float32Array;I.__data=new G((v-N)/Float32Array.BYTES_PER_ELEMENT),I.__offset=N}}let w=v%A;return w>0&&(v+=A-w),y.__size=v,y.__cache={},this}function x(y,T){let v={boundary:0,storage:0};return typeof y=="number"||typeof y=="boolean"?(v.boundary=4,v.storage=4):y.isVector2?(v.boundary=8,v.storage=8):y.isVector3||y.isColor?(v.boundary=16,v.storage=12):y.isVector4?(v.boundary=16,v.storage=16):y.isMatrix3?(v.boundary=16,v.storage=48):y.isMatrix4?(v.boundary=16,v.storage=64):y.isTexture?Le("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(y)?(v.boundary=16,v.storage=y.byteLength):Le("WebGLRenderer: Unsupported uniform value type.",y),T===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function g(y){let T=y.target;T.removeEventListener("dispose",g),n.deleteBuffer(r[T.id]),delete r[T.id],delete s[T.id]}function m(){for(let y in r)n.deleteBuffer(r[y]);r={},s={}}return{bind:o,update:a,dispose:m}}var vT=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),$n=null;function _T(){return $n===null&&($n=new yo(vT,16,16,ki,Dn),$n.name="DFG_LUT",$n.minFilter=Jt,$n.magFilter=Jt,$n.wrapS=Vn,$n.wrapT=Vn,$n.generateMipmaps=!1,$n.needsUpdate=!0),$n}var Kc=class{constructor(e={}){let{canvas:t=h0(),context:i=null,depth:r=!0,stencil:s=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:d=!1,reversedDepthBuffer:h=!1,outputBufferType:f=rn}=e;this.isWebGLRenderer=!0;let p;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=i.getContextAttributes().alpha}else p=o;let x=f,g=new Set([pc,fc,dc]),m=new Set([rn,Nn,Ms,mr,cc,uc]),y=new Uint32Array(4),T=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},A=null,w=null,b=[],S=[],D=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Wn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let C=this,P=!1,I=null,O=null,R=null,N=null;this._outputColorSpace=Xt;let G=0,k=0,j=null,B=-1,W=null,K=new mt,ye=new mt,ne=null,X=new Xe(0),re=0,se=t.width,xe=t.height,ie=1,le=null,De=null,Se=new mt(0,0,se,xe),He=new mt(0,0,se,xe),We=!1,Fe=new Ii,we=new kl,Oe=!1,Je=!1,ke=new rt,Rt=new z,nt=new mt,Bt={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},gt=!1;function fn(){return j===null?ie:1}let U=i;function pn(M,F){return t.getContext(M,F)}let ft,pt,be,St,Ne,Ve,E,_,H,oe,te,ue,me,J,Q,de,L,ee,Y,fe,ce,he,Pe;try{let M={alpha:!0,depth:r,stencil:s,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:u,failIfMajorPerformanceCaveat:d};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ie,!1),t.addEventListener("webglcontextrestored",qe,!1),t.addEventListener("webglcontextcreationerror",ve,!1),U===null){let F="webgl2";if(U=pn(F,M),U===null)throw pn(F)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Ke()}catch(M){throw t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",qe,!1),t.removeEventListener("webglcontextcreationerror",ve,!1),Be("WebGLRenderer: "+M.message),M}function Ke(){ft=new Lw(U),ft.init(),ce=new pT(U,ft),pt=new _w(U,ft,e,ce),be=new dT(U,ft),pt.reversedDepthBuffer&&h&&be.buffers.depth.setReversed(!0),O=U.createFramebuffer(),R=U.createFramebuffer(),N=U.createFramebuffer(),St=new Fw(U),Ne=new jA,Ve=new fT(U,ft,be,Ne,pt,ce,St),E=new Iw(C),_=new U1(U),he=new yw(U,_),H=new Nw(U,_,St,he),oe=new Uw(U,H,_,he,St),ee=new Ow(U,pt,Ve),Q=new Mw(Ne),te=new JA(C,E,ft,pt,he,Q),ue=new xT(C,Ne),me=new eT,J=new oT(ft),L=new xw(C,E,be,oe,p,l),de=new hT(C,oe,pt),Pe=new yT(U,St,pt,be),Y=new vw(U,ft,St),fe=new Dw(U,ft,St),St.programs=te.programs,C.capabilities=pt,C.extensions=ft,C.properties=Ne,C.renderLists=me,C.shadowMap=de,C.state=be,C.info=St}x!==rn&&(D=new kw(x,t.width,t.height,a,r,s));let ae=new Bd(C,U);this.xr=ae,this.getContext=function(){return U},this.getContextAttributes=function(){return U.getContextAttributes()},this.forceContextLoss=function(){let M=ft.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=ft.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return ie},this.setPixelRatio=function(M){M!==void 0&&(ie=M,this.setSize(se,xe,!1))},this.getSize=function(M){return M.set(se,xe)},this.setSize=function(M,F,q=!0){if(ae.isPresenting){Le("WebGLRenderer: Can't change size while VR device is presenting.");return}se=M,xe=F,t.width=Math.floor(M*ie),t.height=Math.floor(F*ie),q===!0&&(t.style.width=M+"px",t.style.height=F+"px"),D!==null&&D.setSize(t.width,t.height),this.setViewport(0,0,M,F)},this.getDrawingBufferSize=function(M){return M.set(se*ie,xe*ie).floor()},this.setDrawingBufferSize=function(M,F,q){se=M,xe=F,ie=q,t.width=Math.floor(M*q),t.height=Math.floor(F*q),this.setViewport(0,0,M,F)},this.setEffects=function(M){if(x===rn){Be("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let F=0;F<M.length;F++)if(M[F].isOutputPass===!0){Le("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}D.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(K)},this.getViewport=function(M){return M.copy(Se)},this.setViewport=function(M,F,q,V){M.isVector4?Se.set(M.x,M.y,M.z,M.w):Se.set(M,F,q,V),be.viewport(K.copy(Se).multiplyScalar(fn()).round())},this.getScissor=function(M){return M.copy(He)},this.setScissor=function(M,F,q,V){M.isVector4?He.set(M.x,M.y,M.z,M.w):He.set(M,F,q,V),be.scissor(ye.copy(He).multiplyScalar(fn()).round())},this.getScissorTest=function(){return We},this.setScissorTest=function(M){be.setScissorTest(We=M)},this.setOpaqueSort=function(M){le=M},this.setTransparentSort=function(M){De=M},this.getClearColor=function(M){return M.copy(L.getClearColor())},this.setClearColor=function(){L.setClearColor(...arguments)},this.getClearAlpha=function(){return L.getClearAlpha()},this.setClearAlpha=function(){L.setClearAlpha(...arguments)},this.clear=function(M=!0,F=!0,q=!0){let V=0;if(M){let $=!1;if(j!==null){let ge=j.texture.format;$=g.has(ge)}if($){let ge=j.texture.type,Ae=m.has(ge),pe=L.getClearColor(),Me=L.getClearAlpha(),Ce=pe.r,Ge=pe.g,Qe=pe.b;Ae?(y[0]=Ce,y[1]=Ge,y[2]=Qe,y[3]=Me,U.clearBufferuiv(U.COLOR,0,y)):(T[0]=Ce,T[1]=Ge,T[2]=Qe,T[3]=Me,U.clearBufferiv(U.COLOR,0,T))}else V|=U.COLOR_BUFFER_BIT}F&&(V|=U.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),q&&(V|=U.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),V!==0&&U.clear(V)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),I=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",qe,!1),t.removeEventListener("webglcontextcreationerror",ve,!1),L.dispose(),me.dispose(),J.dispose(),Ve.dispose(),Ne.dispose(),E.dispose(),oe.dispose(),H.dispose(),he.dispose(),Pe.dispose(),te.dispose(),ae.dispose(),ae.removeEventListener("sessionstart",Rf),ae.removeEventListener("sessionend",Pf),Wi.stop()};function Ie(M){M.preventDefault(),md("WebGLRenderer: Context Lost."),P=!0}function qe(){md("WebGLRenderer: Context Restored."),P=!1;let M=St.autoReset,F=de.enabled,q=de.autoUpdate,V=de.needsUpdate,$=de.type;Ke(),St.autoReset=M,de.enabled=F,de.autoUpdate=q,de.needsUpdate=V,de.type=$}function ve(M){Be("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function lt(M){let F=M.target;F.removeEventListener("dispose",lt),Pt(F)}function Pt(M){bi(M),Ne.remove(M)}function bi(M){let F=Ne.get(M).programs;F!==void 0&&(F.forEach(function(q){te.releaseProgram(q)}),M.isShaderMaterial&&te.releaseShaderCache(M))}this.renderBufferDirect=function(M,F,q,V,$,ge){F===null&&(F=Bt);let Ae=$.isMesh&&$.matrixWorld.determinantAffine()<0,pe=sy(M,F,q,V,$);be.setMaterial(V,Ae);let Me=q.index,Ce=1;if(V.wireframe===!0){if(Me=H.getWireframeAttribute(q),Me===void 0)return;Ce=2}let Ge=q.drawRange,Qe=q.attributes.position,Te=Ge.start*Ce,et=(Ge.start+Ge.count)*Ce;ge!==null&&(Te=Math.max(Te,ge.start*Ce),et=Math.min(et,(ge.start+ge.count)*Ce)),Me!==null?(Te=Math.max(Te,0),et=Math.min(et,Me.count)):Qe!=null&&(Te=Math.max(Te,0),et=Math.min(et,Qe.count));let vt=et-Te;if(vt<0||vt===1/0)return;he.setup($,V,pe,q,Me);let ht,ct=Y;if(Me!==null&&(ht=_.get(Me),ct=fe,ct.setIndex(ht)),$.isMesh)V.wireframe===!0?(be.setLineWidth(V.wireframeLinewidth*fn()),ct.setMode(U.LINES)):ct.setMode(U.TRIANGLES);else if($.isLine){let Gt=V.linewidth;Gt===void 0&&(Gt=1),be.setLineWidth(Gt*fn()),$.isLineSegments?ct.setMode(U.LINES):$.isLineLoop?ct.setMode(U.LINE_LOOP):ct.setMode(U.LINE_STRIP)}else $.isPoints?ct.setMode(U.POINTS):$.isSprite&&ct.setMode(U.TRIANGLES);if($.isBatchedMesh)if(ft.get("WEBGL_multi_draw"))ct.renderMultiDraw($._multiDrawStarts,$._multiDrawCounts,$._multiDrawCount);else{let Gt=$._multiDrawStarts,Ee=$._multiDrawCounts,Kt=$._multiDrawCount,st=Me?_.get(Me).bytesPerElement:1,$i=Ne.get(V).currentProgram.getUniforms();for(let Ht=0;Ht<Kt;Ht++)$i.setValue(U,"_gl_DrawID",Ht),ct.render(Gt[Ht]/st,Ee[Ht])}else if($.isInstancedMesh)ct.renderInstances(Te,vt,$.count);else if(q.isInstancedBufferGeometry){let Gt=q._maxInstanceCount!==void 0?q._maxInstanceCount:1/0,Ee=Math.min(q.instanceCount,Gt);ct.renderInstances(Te,vt,Ee)}else ct.render(Te,vt)};function Cf(M,F,q,V){I!==null&&M.isNodeMaterial&&I.setObject(V,M),Oe===!0&&Q.setState(M,q,!1),M.transparent===!0&&M.side===_n&&M.forceSinglePass===!1?(M.side=en,M.needsUpdate=!0,Fs(M,F,V),M.side=Bi,M.needsUpdate=!0,Fs(M,F,V),M.side=_n):Fs(M,F,V)}this.compile=function(M,F,q=null){q===null&&(q=M),I!==null&&I.renderStart(M,F,q),w=J.get(q),w.init(F),S.push(w),q.traverseVisible(function($){$.isLight&&$.layers.test(F.layers)&&(w.pushLight($),$.castShadow&&w.pushShadow($))}),M!==q&&M.traverseVisible(function($){$.isLight&&$.layers.test(F.layers)&&(w.pushLight($),$.castShadow&&w.pushShadow($))}),w.setupLights(),I!==null&&I.updateLights(w.state.lightsArray),Je=this.localClippingEnabled,Oe=Q.init(this.clippingPlanes,Je),Oe===!0&&Q.setGlobalState(this.clippingPlanes,F),I!==null&&de.render(w.state.shadowsArray,q,F);let V=new Set;return M.traverse(function($){if(!($.isMesh||$.isPoints||$.isLine||$.isSprite))return;let ge=$.material;if(ge)if(Array.isArray(ge))for(let Ae=0;Ae<ge.length;Ae++){let pe=ge[Ae];Cf(pe,q,F,$),V.add(pe)}else Cf(ge,q,F,$),V.add(ge)}),w=S.pop(),I!==null&&I.renderEnd(),V},this.compileAsync=function(M,F,q=null){let V=this.compile(M,F,q);return new Promise($=>{function ge(){if(V.forEach(function(Ae){let Me=Ne.get(Ae).currentProgram;(Me===void 0||Me.isReady())&&V.delete(Ae)}),V.size===0){$(M);return}setTimeout(ge,10)}ft.get("KHR_parallel_shader_compile")!==null?ge():setTimeout(ge,10)})};let Tu=null;function iy(M){Tu&&Tu(M)}function Rf(){Wi.stop()}function Pf(){Wi.start()}let Wi=new G0;Wi.setAnimationLoop(iy),typeof self<"u"&&Wi.setContext(self),this.setAnimationLoop=function(M){Tu=M,ae.setAnimationLoop(M),M===null?Wi.stop():Wi.start()},ae.addEventListener("sessionstart",Rf),ae.addEventListener("sessionend",Pf),this.render=function(M,F){if(F!==void 0&&F.isCamera!==!0){Be("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;I!==null&&I.renderStart(M,F);let q=ae.enabled===!0&&ae.isPresenting===!0,V=D!==null&&(j===null||q)&&D.begin(C,j);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),F.parent===null&&F.matrixWorldAutoUpdate===!0&&F.updateMatrixWorld(),ae.enabled===!0&&ae.isPresenting===!0&&(D===null||D.isCompositing()===!1)&&(ae.cameraAutoUpdate===!0&&ae.updateCamera(F),F=ae.getCamera()),M.isScene===!0&&M.onBeforeRender(C,M,F,j),w=J.get(M,S.length),w.init(F),w.state.textureUnits=Ve.getTextureUnits(),S.push(w),ke.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),F.isArrayCamera?we.setFromArrayCamera(F):Fe.setFromProjectionMatrix(ke,xn,F.reversedDepth),Je=this.localClippingEnabled,Oe=Q.init(this.clippingPlanes,Je),A=me.get(M,b.length),A.init(),b.push(A),this.info.render.frame++,ae.enabled===!0&&ae.isPresenting===!0){let Ae=C.xr.getDepthSensingMesh();Ae!==null&&Eu(Ae,F,-1/0,C.sortObjects)}Eu(M,F,0,C.sortObjects),A.finish(),I!==null&&I.updateLights(w.state.lightsArray),C.sortObjects===!0&&A.sort(le,De),gt=ae.enabled===!1||ae.isPresenting===!1||ae.hasDepthSensing()===!1,gt&&L.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),Oe===!0&&Q.beginShadows();let $=w.state.shadowsArray;if(de.render($,M,F),Oe===!0&&Q.endShadows(),(V&&D.hasRenderPass())===!1){let Ae=A.opaque,pe=A.transmissive;if(w.setupLights(),F.isArrayCamera){let Me=F.cameras;if(pe.length>0)for(let Ce=0,Ge=Me.length;Ce<Ge;Ce++){let Qe=Me[Ce];Lf(Ae,pe,M,Qe)}gt&&L.render(M);for(let Ce=0,Ge=Me.length;Ce<Ge;Ce++){let Qe=Me[Ce];If(A,M,Qe,Qe.viewport)}}else pe.length>0&&Lf(Ae,pe,M,F),gt&&L.render(M),If(A,M,F)}j!==null&&k===0&&(Ve.updateMultisampleRenderTarget(j),Ve.updateRenderTargetMipmap(j)),V&&D.end(C),M.isScene===!0&&M.onAfterRender(C,M,F),he.resetDefaultState(),B=-1,W=null,S.pop(),S.length>0?(w=S[S.length-1],Ve.setTextureUnits(w.state.textureUnits),Oe===!0&&Q.setGlobalState(C.clippingPlanes,w.state.camera)):w=null,b.pop(),b.length>0?A=b[b.length-1]:A=null,I!==null&&I.renderEnd()};function Eu(M,F,q,V){if(M.visible===!1)return;if(M.layers.test(F.layers)){if(M.isGroup)q=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(F);else if(M.isLight)w.pushLight(M),M.castShadow&&w.pushShadow(M);else if(M.isSprite){let Ae=F.isArrayCamera?we:Fe;if(!M.frustumCulled||M.intersectsFrustum(Ae)){V&&nt.setFromMatrixPosition(M.matrixWorld).applyMatrix4(ke);let pe=oe.update(M),Me=M.material;Me.visible&&A.push(M,pe,Me,q,nt.z,null,F)}}else if(M.isMesh||M.isLine||M.isPoints){let Ae=F.isArrayCamera?we:Fe;if(!M.frustumCulled||M.intersectsFrustum(Ae)){let pe=oe.update(M),Me=M.material;if(V&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),nt.copy(M.boundingSphere.center)):(pe.boundingSphere===null&&pe.computeBoundingSphere(),nt.copy(pe.boundingSphere.center)),nt.applyMatrix4(M.matrixWorld).applyMatrix4(ke)),Array.isArray(Me)){let Ce=pe.groups;for(let Ge=0,Qe=Ce.length;Ge<Qe;Ge++){let Te=Ce[Ge],et=Me[Te.materialIndex];et&&et.visible&&A.push(M,pe,et,q,nt.z,Te,F)}}else Me.visible&&A.push(M,pe,Me,q,nt.z,null,F)}}}let ge=M.children;for(let Ae=0,pe=ge.length;Ae<pe;Ae++)Eu(ge[Ae],F,q,V)}function If(M,F,q,V){let{opaque:$,transmissive:ge,transparent:Ae}=M;w.setupLightsView(q),Oe===!0&&Q.setGlobalState(C.clippingPlanes,q),V&&be.viewport(K.copy(V)),$.length>0&&la($,F,q),ge.length>0&&la(ge,F,q),Ae.length>0&&la(Ae,F,q),be.buffers.depth.setTest(!0),be.buffers.depth.setMask(!0),be.buffers.color.setMask(!0),be.setPolygonOffset(!1)}function Lf(M,F,q,V){if((q.isScene===!0?q.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[V.id]===void 0){let Te=ft.has("EXT_color_buffer_half_float")||ft.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[V.id]=new hn(1,1,{generateMipmaps:!0,type:Te?Dn:rn,minFilter:hi,samples:Math.max(4,pt.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:tt.workingColorSpace})}let ge=w.state.transmissionRenderTarget[V.id],Ae=V.viewport||K;ge.setSize(Ae.z*C.transmissionResolutionScale,Ae.w*C.transmissionResolutionScale);let pe=C.getRenderTarget(),Me=C.getActiveCubeFace(),Ce=C.getActiveMipmapLevel();C.setRenderTarget(ge),C.getClearColor(X),re=C.getClearAlpha(),re<1&&C.setClearColor(16777215,.5),C.clear(),gt&&L.render(q);let Ge=C.toneMapping;C.toneMapping=Wn;let Qe=V.viewport;if(V.viewport!==void 0&&(V.viewport=void 0),w.setupLightsView(V),Oe===!0&&Q.setGlobalState(C.clippingPlanes,V),la(M,q,V),Ve.updateMultisampleRenderTarget(ge),Ve.updateRenderTargetMipmap(ge),ft.has("WEBGL_multisampled_render_to_texture")===!1){let Te=!1;for(let et=0,vt=F.length;et<vt;et++){let ht=F[et],{object:ct,geometry:Gt,material:Ee,group:Kt}=ht;if(Ee.side===_n&&ct.layers.test(V.layers)){let st=Ee.side;Ee.side=en,Ee.needsUpdate=!0,Nf(ct,q,V,Gt,Ee,Kt),Ee.side=st,Ee.needsUpdate=!0,Te=!0}}Te===!0&&(Ve.updateMultisampleRenderTarget(ge),Ve.updateRenderTargetMipmap(ge))}C.setRenderTarget(pe,Me,Ce),C.setClearColor(X,re),Qe!==void 0&&(V.viewport=Qe),C.toneMapping=Ge}function la(M,F,q){let V=F.isScene===!0?F.overrideMaterial:null;for(let $=0,ge=M.length;$<ge;$++){let Ae=M[$],{object:pe,geometry:Me,group:Ce}=Ae,Ge=Ae.material;Ge.allowOverride===!0&&V!==null&&(Ge=V),pe.layers.test(q.layers)&&Nf(pe,F,q,Me,Ge,Ce)}}function Nf(M,F,q,V,$,ge){I!==null&&$.isNodeMaterial&&I.setObject(M,$),M.onBeforeRender(C,F,q,V,$,ge),M.modelViewMatrix.multiplyMatrices(q.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),$.onBeforeRender(C,F,q,V,M,ge),$.transparent===!0&&$.side===_n&&$.forceSinglePass===!1?($.side=en,$.needsUpdate=!0,C.renderBufferDirect(q,F,V,$,M,ge),$.side=Bi,$.needsUpdate=!0,C.renderBufferDirect(q,F,V,$,M,ge),$.side=_n):C.renderBufferDirect(q,F,V,$,M,ge),M.onAfterRender(C,F,q,V,$,ge)}function Df(M){let F=0;for(let q of M)q.texture!==null&&F++;return F}function Fs(M,F,q){F.isScene!==!0&&(F=Bt);let V=Ne.get(M),$=w.state.lights,ge=w.state.shadowsArray,Ae=$.state.version,pe=te.getParameters(M,$.state,ge,F,q,w.state.lightProbeGridArray),Me=te.getProgramCacheKey(pe),Ce=V.programs;V.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?F.environment:null,V.fog=F.fog;let Ge=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;V.envMap=E.get(M.envMap||V.environment,Ge),V.envMapRotation=V.environment!==null&&M.envMap===null?F.environmentRotation:M.envMapRotation,Ce===void 0&&(M.addEventListener("dispose",lt),Ce=new Map,V.programs=Ce,V.programVariants=new Map);let Qe=Ce.get(Me);if(Qe!==void 0){if(V.currentProgram===Qe&&V.lightsStateVersion===Ae)return Of(M,pe),Qe}else pe.uniforms=te.getUniforms(M),I!==null&&M.isNodeMaterial&&I.build(M,q,pe),M.onBeforeCompile(pe,C),Qe=te.acquireProgram(pe,Me),Ce.set(Me,Qe),V.uniforms=pe.uniforms;let Te=V.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Te.clippingPlanes=Q.uniform),Of(M,pe),V.needsLights=ay(M),V.lightsStateVersion=Ae,V.needsLights&&(Te.ambientLightColor.value=$.state.ambient,Te.lightProbe.value=$.state.probe,Te.sunLights.value=$.state.sun,Te.sunLightShadows.value=$.state.sunShadow,Te.directionalLights.value=$.state.directional,Te.directionalLightShadows.value=$.state.directionalShadow,Te.spotLights.value=$.state.spot,Te.spotLightShadows.value=$.state.spotShadow,Te.rectAreaLights.value=$.state.rectArea,Te.ltc_1.value=$.state.rectAreaLTC1,Te.ltc_2.value=$.state.rectAreaLTC2,Te.pointLights.value=$.state.point,Te.pointLightShadows.value=$.state.pointShadow,Te.hemisphereLights.value=$.state.hemi,Te.sunShadowMatrix.value=$.state.sunShadowMatrix,Te.sunShadowCascade.value=$.state.sunShadowCascade,Te.directionalShadowMatrix.value=$.state.directionalShadowMatrix,Te.spotLightMatrix.value=$.state.spotLightMatrix,Te.spotLightMap.value=$.state.spotLightMap,Te.pointShadowMatrix.value=$.state.pointShadowMatrix),V.numLightProbeGrids=Df(w.state.lightProbeGridArray),V.currentProgram=Qe,V.uniformsList=null,Qe}function ry(M,F,q,V,$){let ge=Ne.get(M),Ae=ge.currentProgram.id+","+V+","+$,pe=ge.programVariants.get(Ae);return pe===void 0?(pe=Fs(M,F,q),ge.programVariants.set(Ae,pe)):(ge.currentProgram=pe,ge.uniformsList=null,ge.outputColorSpace=V,ge.toneMapping=$),pe}function Ff(M){if(M.uniformsList===null){let F=M.currentProgram.getUniforms();M.uniformsList=ws.seqWithValue(F.seq,M.uniforms)}return M.uniformsList}function Of(M,F){let q=Ne.get(M);q.outputColorSpace=F.outputColorSpace,q.batching=F.batching,q.batchingColor=F.batchingColor,q.instancing=F.instancing,q.instancingColor=F.instancingColor,q.instancingMorph=F.instancingMorph,q.skinning=F.skinning,q.morphTargets=F.morphTargets,q.morphNormals=F.morphNormals,q.morphColors=F.morphColors,q.morphTargetsCount=F.morphTargetsCount,q.numClippingPlanes=F.numClippingPlanes,q.numIntersection=F.numClipIntersection,q.vertexAlphas=F.vertexAlphas,q.vertexTangents=F.vertexTangents,q.toneMapping=F.toneMapping}function sy(M,F,q,V,$){F.isScene!==!0&&(F=Bt),Ve.resetTextureUnits();let ge=F.fog,Ae=V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial?F.environment:null,pe=j===null?C.outputColorSpace:j.isXRRenderTarget===!0?j.texture.colorSpace:tt.workingColorSpace,Me=V.isMeshStandardMaterial||V.isMeshLambertMaterial&&!V.envMap||V.isMeshPhongMaterial&&!V.envMap,Ce=E.get(V.envMap||Ae,Me),Ge=V.vertexColors===!0&&!!q.attributes.color&&q.attributes.color.itemSize===4,Qe=!!q.attributes.tangent&&(!!V.normalMap||V.anisotropy>0),Te=!!q.morphAttributes.position,et=!!q.morphAttributes.normal,vt=!!q.morphAttributes.color,ht=Wn;V.toneMapped&&(j===null||j.isXRRenderTarget===!0)&&(ht=C.toneMapping);let ct=q.morphAttributes.position||q.morphAttributes.normal||q.morphAttributes.color,Gt=ct!==void 0?ct.length:0,Ee=Ne.get(V),Kt=w.state.lights;if(Oe===!0&&(Je===!0||M!==W)){let bt=M===W&&V.id===B;Q.setState(V,M,bt)}let st=!1,$i=!1;V.version===Ee.__version?Ee.needsLights&&Ee.lightsStateVersion!==Kt.state.version||$.isBatchedMesh&&Ee.batching===!1||!$.isBatchedMesh&&Ee.batching===!0||$.isBatchedMesh&&Ee.batchingColor===!0&&$._colorsTexture===null||$.isBatchedMesh&&Ee.batchingColor===!1&&$._colorsTexture!==null||$.isInstancedMesh&&Ee.instancing===!1||!$.isInstancedMesh&&Ee.instancing===!0||$.isSkinnedMesh&&Ee.skinning===!1||!$.isSkinnedMesh&&Ee.skinning===!0||$.isInstancedMesh&&Ee.instancingColor===!0&&$.instanceColor===null||$.isInstancedMesh&&Ee.instancingColor===!1&&$.instanceColor!==null||$.isInstancedMesh&&Ee.instancingMorph===!0&&$.morphTexture===null||$.isInstancedMesh&&Ee.instancingMorph===!1&&$.morphTexture!==null||Ee.envMap!==Ce||V.fog===!0&&Ee.fog!==ge||Ee.numClippingPlanes!==void 0&&(Ee.numClippingPlanes!==Q.numPlanes||Ee.numIntersection!==Q.numIntersection)||Ee.vertexAlphas!==Ge||Ee.vertexTangents!==Qe||Ee.morphTargets!==Te||Ee.morphNormals!==et||Ee.morphColors!==vt||Ee.morphTargetsCount!==Gt||Ee.numLightProbeGrids!==Df(w.state.lightProbeGridArray)?st=!0:(Ee.outputColorSpace!==pe||Ee.toneMapping!==ht)&&($i=!0):(st=!0,Ee.__version=V.version);let Ht=Ee.currentProgram;(st===!0||$i===!0)&&(Ht=$i===!0?ry(V,F,$,pe,ht):Fs(V,F,$),I&&V.isNodeMaterial&&I.onUpdateProgram(V,Ht,Ee));let ca=!1,xi=!1,Xi=!1,it=Ht.getUniforms(),kt=Ee.uniforms;if(be.useProgram(Ht.program)&&(ca=!0,xi=!0,Xi=!0),V.id!==B&&(B=V.id,xi=!0),ca||W!==M){be.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),it.setValue(U,"projectionMatrix",M.projectionMatrix),it.setValue(U,"viewMatrix",M.matrixWorldInverse);let It=it.map.cameraPosition;It!==void 0&&It.setValue(U,Rt.setFromMatrixPosition(M.matrixWorld)),pt.logarithmicDepthBuffer&&it.setValue(U,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(V.isMeshPhongMaterial||V.isMeshToonMaterial||V.isMeshLambertMaterial||V.isMeshBasicMaterial||V.isMeshStandardMaterial||V.isShaderMaterial)&&it.setValue(U,"isOrthographic",M.isOrthographicCamera===!0),W!==M&&(W=M,xi=!0,Xi=!0)}if(Ee.needsLights&&(Kt.state.sunShadowMap.length>0&&it.setValue(U,"sunShadowMap",Kt.state.sunShadowMap,Ve),Kt.state.directionalShadowMap.length>0&&it.setValue(U,"directionalShadowMap",Kt.state.directionalShadowMap,Ve),Kt.state.spotShadowMap.length>0&&it.setValue(U,"spotShadowMap",Kt.state.spotShadowMap,Ve),Kt.state.pointShadowMap.length>0&&it.setValue(U,"pointShadowMap",Kt.state.pointShadowMap,Ve)),$.isSkinnedMesh){it.setOptional(U,$,"bindMatrix"),it.setOptional(U,$,"bindMatrixInverse");let bt=$.skeleton;bt&&(bt.boneTexture===null&&bt.computeBoneTexture(),it.setValue(U,"boneTexture",bt.boneTexture,Ve))}$.isBatchedMesh&&(it.setOptional(U,$,"batchingTexture"),it.setValue(U,"batchingTexture",$._matricesTexture,Ve),it.setOptional(U,$,"batchingIdTexture"),it.setValue(U,"batchingIdTexture",$._indirectTexture,Ve),it.setOptional(U,$,"batchingColorTexture"),$._colorsTexture!==null&&it.setValue(U,"batchingColorTexture",$._colorsTexture,Ve));let wn=q.morphAttributes;if((wn.position!==void 0||wn.normal!==void 0||wn.color!==void 0)&&ee.update($,q,Ht),(xi||Ee.receiveShadow!==$.receiveShadow)&&(Ee.receiveShadow=$.receiveShadow,it.setValue(U,"receiveShadow",$.receiveShadow)),(V.isMeshStandardMaterial||V.isMeshLambertMaterial||V.isMeshPhongMaterial)&&V.envMap===null&&F.environment!==null&&(kt.envMapIntensity.value=F.environmentIntensity),kt.dfgLUT!==void 0&&(kt.dfgLUT.value=_T()),xi){if(it.setValue(U,"toneMappingExposure",C.toneMappingExposure),Ee.needsLights&&oy(kt,Xi),ge&&V.fog===!0&&ue.refreshFogUniforms(kt,ge),ue.refreshMaterialUniforms(kt,V,ie,xe,w.state.transmissionRenderTarget[M.id]),Ee.needsLights&&Ee.numLightProbeGrids>0){let bt=v,It=0;for(let Kn of w.state.lightProbeGridArray)Kn.texture!==null&&(bt.textures[It]=Kn.texture,bt.min[It]=Kn.boundingBox.min,bt.max[It]=Kn.boundingBox.max,bt.resolution[It]=Kn.resolution,It++);for(let Kn in bt)bt[Kn].length=It;kt.probesSH.value=bt.textures,kt.probesMin.value=bt.min,kt.probesMax.value=bt.max,kt.probesResolution.value=bt.resolution}ws.upload(U,Ff(Ee),kt,Ve)}if(V.isShaderMaterial&&V.uniformsNeedUpdate===!0&&(ws.upload(U,Ff(Ee),kt,Ve),V.uniformsNeedUpdate=!1),V.isSpriteMaterial&&it.setValue(U,"center",$.center),it.setValue(U,"modelViewMatrix",$.modelViewMatrix),it.setValue(U,"normalMatrix",$.normalMatrix),it.setValue(U,"modelMatrix",$.matrixWorld),V.uniformsGroups!==void 0){let bt=V.uniformsGroups;for(let It=0,Kn=bt.length;It<Kn;It++){let Bf=bt[It];Pe.update(Bf,Ht),Pe.bind(Bf,Ht)}}return Ht}function oy(M,F){M.ambientLightColor.needsUpdate=F,M.lightProbe.needsUpdate=F,M.sunLights.needsUpdate=F,M.sunLightShadows.needsUpdate=F,M.directionalLights.needsUpdate=F,M.directionalLightShadows.needsUpdate=F,M.pointLights.needsUpdate=F,M.pointLightShadows.needsUpdate=F,M.spotLights.needsUpdate=F,M.spotLightShadows.needsUpdate=F,M.rectAreaLights.needsUpdate=F,M.hemisphereLights.needsUpdate=F}function ay(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return G},this.getActiveMipmapLevel=function(){return k},this.getRenderTarget=function(){return j},this.setRenderTargetTextures=function(M,F,q){let V=Ne.get(M);V.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,V.__autoAllocateDepthBuffer===!1&&(V.__useRenderToTexture=!1),Ne.get(M.texture).__webglTexture=F,Ne.get(M.depthTexture).__webglTexture=V.__autoAllocateDepthBuffer?void 0:q,V.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,F){let q=Ne.get(M);q.__webglFramebuffer=F,q.__useDefaultFramebuffer=F===void 0},this.setRenderTarget=function(M,F=0,q=0){j=M,G=F,k=q;let V=null,$=!1,ge=!1;if(M){let pe=Ne.get(M);if(pe.__useDefaultFramebuffer!==void 0){be.bindFramebuffer(U.FRAMEBUFFER,pe.__webglFramebuffer),K.copy(M.viewport),ye.copy(M.scissor),ne=M.scissorTest,be.viewport(K),be.scissor(ye),be.setScissorTest(ne),B=-1;return}else if(pe.__webglFramebuffer===void 0)Ve.setupRenderTarget(M);else if(pe.__hasExternalTextures)Ve.rebindTextures(M,Ne.get(M.texture).__webglTexture,Ne.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Ge=M.depthTexture;if(pe.__boundDepthTexture!==Ge){if(Ge!==null&&Ne.has(Ge)&&(M.width!==Ge.image.width||M.height!==Ge.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Ve.setupDepthRenderbuffer(M)}}let Me=M.texture;(Me.isData3DTexture||Me.isDataArrayTexture||Me.isCompressedArrayTexture)&&(ge=!0);let Ce=Ne.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Ce[F])?V=Ce[F][q]:V=Ce[F],$=!0):M.samples>0&&Ve.useMultisampledRTT(M)===!1?V=Ne.get(M).__webglMultisampledFramebuffer:Array.isArray(Ce)?V=Ce[q]:V=Ce,K.copy(M.viewport),ye.copy(M.scissor),ne=M.scissorTest}else K.copy(Se).multiplyScalar(ie).floor(),ye.copy(He).multiplyScalar(ie).floor(),ne=We;if(q!==0&&(V=O),be.bindFramebuffer(U.FRAMEBUFFER,V)&&be.drawBuffers(M,V),be.viewport(K),be.scissor(ye),be.setScissorTest(ne),$){let pe=Ne.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_CUBE_MAP_POSITIVE_X+F,pe.__webglTexture,q)}else if(ge){let pe=F;for(let Me=0;Me<M.textures.length;Me++){let Ce=Ne.get(M.textures[Me]);U.framebufferTextureLayer(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0+Me,Ce.__webglTexture,q,pe)}}else if(M!==null&&q!==0){let pe=Ne.get(M.texture);U.framebufferTexture2D(U.FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,pe.__webglTexture,q)}B=-1};function Uf(M){let F=Ne.get(M);return(F.__readFormat!==M.format||F.__readType!==M.type)&&(F.__readFormat=M.format,F.__readType=M.type,F.__formatReadable=pt.textureFormatReadable(M.format),F.__typeReadable=pt.textureTypeReadable(M.type)),F}this.readRenderTargetPixels=function(M,F,q,V,$,ge,Ae,pe=0){if(!(M&&M.isWebGLRenderTarget)){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Me=Ne.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Ae!==void 0&&(Me=Me[Ae],Array.isArray(Me)&&(Me=Me[0])),Me){be.bindFramebuffer(U.FRAMEBUFFER,Me);try{let Ce=M.textures[pe],Ge=Ce.format,Qe=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+pe);let Te=Uf(Ce);if(Te.__formatReadable===!1){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Te.__typeReadable===!1){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}F>=0&&F<=M.width-V&&q>=0&&q<=M.height-$&&U.readPixels(F,q,V,$,ce.convert(Ge),ce.convert(Qe),ge)}finally{let Ce=j!==null?Ne.get(j).__webglFramebuffer:null;be.bindFramebuffer(U.FRAMEBUFFER,Ce)}}},this.readRenderTargetPixelsAsync=async function(M,F,q,V,$,ge,Ae,pe=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Me=Ne.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&Ae!==void 0&&(Me=Me[Ae],Array.isArray(Me)&&(Me=Me[0])),Me)if(F>=0&&F<=M.width-V&&q>=0&&q<=M.height-$){be.bindFramebuffer(U.FRAMEBUFFER,Me);let Ce=M.textures[pe],Ge=Ce.format,Qe=Ce.type;M.textures.length>1&&U.readBuffer(U.COLOR_ATTACHMENT0+pe);let Te=Uf(Ce);if(Te.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Te.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let et=U.createBuffer();U.bindBuffer(U.PIXEL_PACK_BUFFER,et),U.bufferData(U.PIXEL_PACK_BUFFER,ge.byteLength,U.STREAM_READ),U.readPixels(F,q,V,$,ce.convert(Ge),ce.convert(Qe),0),U.bindBuffer(U.PIXEL_PACK_BUFFER,null);let vt=j!==null?Ne.get(j).__webglFramebuffer:null;be.bindFramebuffer(U.FRAMEBUFFER,vt);let ht=U.fenceSync(U.SYNC_GPU_COMMANDS_COMPLETE,0);return U.flush(),await f0(U,ht,4),U.bindBuffer(U.PIXEL_PACK_BUFFER,et),U.getBufferSubData(U.PIXEL_PACK_BUFFER,0,ge),U.bindBuffer(U.PIXEL_PACK_BUFFER,null),U.deleteBuffer(et),U.deleteSync(ht),ge}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,F=null,q=0){let V=Math.pow(2,-q),$=Math.floor(M.image.width*V),ge=Math.floor(M.image.height*V),Ae=F!==null?F.x:0,pe=F!==null?F.y:0;Ve.setTexture2D(M,0),U.copyTexSubImage2D(U.TEXTURE_2D,q,0,0,Ae,pe,$,ge),be.unbindTexture()},this.copyTextureToTexture=function(M,F,q=null,V=null,$=0,ge=0){let Ae,pe,Me,Ce,Ge,Qe,Te,et,vt,ht=M.isCompressedTexture?M.mipmaps[ge]:M.image;if(q!==null)Ae=q.max.x-q.min.x,pe=q.max.y-q.min.y,Me=q.isBox3?q.max.z-q.min.z:1,Ce=q.min.x,Ge=q.min.y,Qe=q.isBox3?q.min.z:0;else{let it=Math.pow(2,-$);Ae=Math.floor(ht.width*it),pe=Math.floor(ht.height*it),M.isDataArrayTexture?Me=ht.depth:M.isData3DTexture?Me=Math.floor(ht.depth*it):Me=1,Ce=0,Ge=0,Qe=0}V!==null?(Te=V.x,et=V.y,vt=V.z):(Te=0,et=0,vt=0);let ct=ce.convert(F.format),Gt=ce.convert(F.type),Ee;F.isData3DTexture?(Ve.setTexture3D(F,0),Ee=U.TEXTURE_3D):F.isDataArrayTexture||F.isCompressedArrayTexture?(Ve.setTexture2DArray(F,0),Ee=U.TEXTURE_2D_ARRAY):(Ve.setTexture2D(F,0),Ee=U.TEXTURE_2D),be.activeTexture(U.TEXTURE0),be.pixelStorei(U.UNPACK_FLIP_Y_WEBGL,F.flipY),be.pixelStorei(U.UNPACK_PREMULTIPLY_ALPHA_WEBGL,F.premultiplyAlpha),be.pixelStorei(U.UNPACK_ALIGNMENT,F.unpackAlignment);let Kt=be.getParameter(U.UNPACK_ROW_LENGTH),st=be.getParameter(U.UNPACK_IMAGE_HEIGHT),$i=be.getParameter(U.UNPACK_SKIP_PIXELS),Ht=be.getParameter(U.UNPACK_SKIP_ROWS),ca=be.getParameter(U.UNPACK_SKIP_IMAGES);be.pixelStorei(U.UNPACK_ROW_LENGTH,ht.width),be.pixelStorei(U.UNPACK_IMAGE_HEIGHT,ht.height),be.pixelStorei(U.UNPACK_SKIP_PIXELS,Ce),be.pixelStorei(U.UNPACK_SKIP_ROWS,Ge),be.pixelStorei(U.UNPACK_SKIP_IMAGES,Qe);let xi=M.isDataArrayTexture||M.isData3DTexture,Xi=F.isDataArrayTexture||F.isData3DTexture;if(M.isDepthTexture){let it=Ne.get(M),kt=Ne.get(F),wn=Ne.get(it.__renderTarget),bt=Ne.get(kt.__renderTarget);be.bindFramebuffer(U.READ_FRAMEBUFFER,wn.__webglFramebuffer),be.bindFramebuffer(U.DRAW_FRAMEBUFFER,bt.__webglFramebuffer);for(let It=0;It<Me;It++)xi&&(U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ne.get(M).__webglTexture,$,Qe+It),U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,Ne.get(F).__webglTexture,ge,vt+It)),U.blitFramebuffer(Ce,Ge,Ce+Ae,Ge+pe,Te,et,Te+Ae,et+pe,U.DEPTH_BUFFER_BIT,U.NEAREST);be.bindFramebuffer(U.READ_FRAMEBUFFER,null),be.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else if($!==0||M.isRenderTargetTexture||Ne.has(M)){let it=Ne.get(M),kt=Ne.get(F);be.bindFramebuffer(U.READ_FRAMEBUFFER,R),be.bindFramebuffer(U.DRAW_FRAMEBUFFER,N);for(let wn=0;wn<Me;wn++)xi?U.framebufferTextureLayer(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,it.__webglTexture,$,Qe+wn):U.framebufferTexture2D(U.READ_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,it.__webglTexture,$),Xi?U.framebufferTextureLayer(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,kt.__webglTexture,ge,vt+wn):U.framebufferTexture2D(U.DRAW_FRAMEBUFFER,U.COLOR_ATTACHMENT0,U.TEXTURE_2D,kt.__webglTexture,ge),$!==0?U.blitFramebuffer(Ce,Ge,Ce+Ae,Ge+pe,Te,et,Te+Ae,et+pe,U.COLOR_BUFFER_BIT,U.NEAREST):Xi?U.copyTexSubImage3D(Ee,ge,Te,et,vt+wn,Ce,Ge,Ae,pe):U.copyTexSubImage2D(Ee,ge,Te,et,Ce,Ge,Ae,pe);be.bindFramebuffer(U.READ_FRAMEBUFFER,null),be.bindFramebuffer(U.DRAW_FRAMEBUFFER,null)}else Xi?M.isDataTexture||M.isData3DTexture?U.texSubImage3D(Ee,ge,Te,et,vt,Ae,pe,Me,ct,Gt,ht.data):F.isCompressedArrayTexture?U.compressedTexSubImage3D(Ee,ge,Te,et,vt,Ae,pe,Me,ct,ht.data):U.texSubImage3D(Ee,ge,Te,et,vt,Ae,pe,Me,ct,Gt,ht):M.isDataTexture?U.texSubImage2D(U.TEXTURE_2D,ge,Te,et,Ae,pe,ct,Gt,ht.data):M.isCompressedTexture?U.compressedTexSubImage2D(U.TEXTURE_2D,ge,Te,et,ht.width,ht.height,ct,ht.data):U.texSubImage2D(U.TEXTURE_2D,ge,Te,et,Ae,pe,ct,Gt,ht);be.pixelStorei(U.UNPACK_ROW_LENGTH,Kt),be.pixelStorei(U.UNPACK_IMAGE_HEIGHT,st),be.pixelStorei(U.UNPACK_SKIP_PIXELS,$i),be.pixelStorei(U.UNPACK_SKIP_ROWS,Ht),be.pixelStorei(U.UNPACK_SKIP_IMAGES,ca),ge===0&&F.generateMipmaps===!0&&F.mipmapsAutoUpdate===!0&&U.generateMipmap(Ee),be.unbindTexture()},this.initRenderTarget=function(M){Ne.get(M).__webglFramebuffer===void 0&&Ve.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?Ve.setTextureCube(M,0):M.isData3DTexture?Ve.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?Ve.setTexture2DArray(M,0):Ve.setTexture2D(M,0),be.unbindTexture()},this.resetState=function(){G=0,k=0,j=null,be.reset(),he.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return xn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=tt._getDrawingBufferColorSpace(e),t.unpackColorSpace=tt._getUnpackColorSpace()}};var Q0={type:"change"},zd={type:"start"},tb={type:"end"},jc=new ci,eb=new cn,MT=Math.cos(70*yd.DEG2RAD),Ct=new z,sn=2*Math.PI,ot={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},kd=1e-6,Qc=class extends Fo{constructor(e,t=null){super(e,t),this.state=ot.NONE,this.target=new z,this.cursor=new z,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Oi.ROTATE,MIDDLE:Oi.DOLLY,RIGHT:Oi.PAN},this.touches={ONE:Ui.ROTATE,TWO:Ui.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new z,this._lastQuaternion=new un,this._lastTargetPosition=new z,this._quat=new un().setFromUnitVectors(e.up,new z(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new xs,this._sphericalDelta=new xs,this._scale=1,this._panOffset=new z,this._rotateStart=new Ue,this._rotateEnd=new Ue,this._rotateDelta=new Ue,this._panStart=new Ue,this._panEnd=new Ue,this._panDelta=new Ue,this._dollyStart=new Ue,this._dollyEnd=new Ue,this._dollyDelta=new Ue,this._dollyDirection=new z,this._mouse=new Ue,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=wT.bind(this),this._onPointerDown=ST.bind(this),this._onPointerUp=AT.bind(this),this._onContextMenu=LT.bind(this),this._onMouseWheel=CT.bind(this),this._onKeyDown=RT.bind(this),this._onTouchStart=PT.bind(this),this._onTouchMove=IT.bind(this),this._onMouseDown=TT.bind(this),this._onMouseMove=ET.bind(this),this._interceptControlDown=NT.bind(this),this._interceptControlUp=DT.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=ot.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(Q0),this.update(),this.state=ot.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Ct.copy(t).sub(this.target),Ct.applyQuaternion(this._quat),this._spherical.setFromVector3(Ct),this.autoRotate&&this.state===ot.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=sn:i>Math.PI&&(i-=sn),r<-Math.PI?r+=sn:r>Math.PI&&(r-=sn),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let o=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=o!=this._spherical.radius}if(Ct.setFromSpherical(this._spherical),Ct.applyQuaternion(this._quatInverse),t.copy(this.target).add(Ct),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let o=null;if(this.object.isPerspectiveCamera){let a=Ct.length();o=this._clampDistance(a*this._scale);let l=a-o;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),s=!!l}else if(this.object.isOrthographicCamera){let a=new z(this._mouse.x,this._mouse.y,0);a.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=l!==this.object.zoom;let c=new z(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(a),this.object.updateMatrixWorld(),o=Ct.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;o!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(o).add(this.object.position):(jc.origin.copy(this.object.position),jc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(jc.direction))<MT?this.object.lookAt(this.target):(eb.setFromNormalAndCoplanarPoint(this.object.up,this.target),jc.intersectPlane(eb,this.target))))}else if(this.object.isOrthographicCamera){let o=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),o!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>kd||8*(1-this._lastQuaternion.dot(this.object.quaternion))>kd||this._lastTargetPosition.distanceToSquared(this.target)>kd?(this.dispatchEvent(Q0),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?sn/60*this.autoRotateSpeed*e:sn/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Ct.setFromMatrixColumn(t,0),Ct.multiplyScalar(-e),this._panOffset.add(Ct)}_panUp(e,t){this.screenSpacePanning===!0?Ct.setFromMatrixColumn(t,1):(Ct.setFromMatrixColumn(t,0),Ct.crossVectors(this.object.up,Ct)),Ct.multiplyScalar(e),this._panOffset.add(Ct)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Ct.copy(r).sub(this.target);let s=Ct.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,o=i.width,a=i.height;this._mouse.x=r/o*2-1,this._mouse.y=-(s/a)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(sn*this._rotateDelta.x/t.clientHeight),this._rotateUp(sn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-sn*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(sn*this._rotateDelta.x/t.clientHeight),this._rotateUp(sn*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let o=(e.pageX+t.x)*.5,a=(e.pageY+t.y)*.5;this._updateZoomParameters(o,a)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Ue,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function ST(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function wT(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function AT(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(tb),this.state=ot.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function TT(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Oi.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=ot.DOLLY;break;case Oi.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=ot.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=ot.ROTATE}break;case Oi.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=ot.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=ot.PAN}break;default:this.state=ot.NONE}this.state!==ot.NONE&&this.dispatchEvent(zd)}function ET(n){switch(this.state){case ot.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case ot.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case ot.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function CT(n){this.enabled===!1||this.enableZoom===!1||this.state!==ot.NONE||(n.preventDefault(),this.dispatchEvent(zd),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(tb))}function RT(n){this.enabled!==!1&&this._handleKeyDown(n)}function PT(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Ui.ROTATE:if(this.enableRotate===!1){this.state=ot.NONE;break}this._handleTouchStartRotate(n),this.state=ot.TOUCH_ROTATE;break;case Ui.PAN:if(this.enablePan===!1){this.state=ot.NONE;break}this._handleTouchStartPan(n),this.state=ot.TOUCH_PAN;break;default:this.state=ot.NONE}break;case 2:switch(this.touches.TWO){case Ui.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=ot.TOUCH_DOLLY_PAN;break;case Ui.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=ot.TOUCH_DOLLY_ROTATE;break;default:this.state=ot.NONE}break;default:this.state=ot.NONE}this.state!==ot.NONE&&this.dispatchEvent(zd)}function IT(n){switch(this._trackPointer(n),this.state){case ot.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case ot.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case ot.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case ot.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=ot.NONE}}function LT(n){this.enabled!==!1&&n.preventDefault()}function NT(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function DT(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function sb(n,e,t,i=2,r=.25){let s=eu(n),o=eu(e),a=t&&s>0&&o>0?o/s:1;a=Math.min(Math.max(a,r),1/r);let l=a<=1?i:i/a,c=a<=1?i*a:i;return{xs:n,ys:e,halfX:l/2,halfY:c/2}}function eu(n){return n.length>1?n[n.length-1]-n[0]:0}function ob(n,e,t){let i=eu(n);return i>0?(t-n[0])/i*2*e-e:0}function nb(n,e,t){let i=eu(n);return i>0&&e>0?n[0]+(t+e)/(2*e)*i:n.length?n[0]:0}function br(n,e){return ob(n.xs,n.halfX,e)}function xr(n,e){return ob(n.ys,n.halfY,e)}function ab(n,e,t){return[nb(n.xs,n.halfX,e),nb(n.ys,n.halfY,t)]}function ib(n,e){let t=n.length;if(t===0)return 0;if(t===1)return n[0];let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function rb(n,e){let t=n.length;if(t<=1||!(e>n[0]))return 0;if(e>=n[t-1])return t-1;let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function lb(n,e,t){let i=e?Math.log10(n[0]):n[0],r=e?Math.log10(n[1]):n[1];if(!(Number.isFinite(i)&&Number.isFinite(r)&&r>i)){let s=Number.isFinite(i)?i:Number.isFinite(r)?r:0,o=Math.abs(s)*1e-6||1e-6;i=s-o,r=s+o}return{lo:i,hi:r,log:e,height:t}}function Ts(n,e){if(!Number.isFinite(e))return NaN;let i=((n.log?e>0?Math.log10(e):-1/0:e)-n.lo)/(n.hi-n.lo);return(i<=0?0:i>=1?1:i)*n.height}var Yo=(()=>{let n=new Float32Array(256);for(let e=0;e<256;e++){let t=e/255;n[e]=t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4)}return n})();function cb(n,e){let t=n*e;return{nx:n,ny:e,positions:new Float32Array(t*3),normals:new Float32Array(t*3),colors:new Float32Array(t*3),index:new Uint32Array(Math.max(0,n-1)*Math.max(0,e-1)*6),indexCount:0,vertexCount:0,finite:new Uint8Array(t),indexChanged:!0,filled:!1}}function ub(n,e,t,i,r,s=!0){let{nx:o,ny:a,positions:l,normals:c,colors:u,index:d,finite:h}=n;if(e.length!==o*a)throw new Error(`grid has ${e.length} values, expected ny * nx = ${a} * ${o}`);let f=new Float32Array(o),p=new Float32Array(a);for(let w=0;w<o;w++)f[w]=br(t,t.xs[w]);for(let w=0;w<a;w++)p[w]=xr(t,t.ys[w]);let x=r?r.lut:null,g=s?Yo:null,m=n.filled;for(let w=0,b=0;w<a;w++)for(let S=0;S<o;S++,b++){let D=e[b],C=Ts(i,D),P=C===C,I=P?1:0;h[b]!==I&&(m=!1),h[b]=I;let O=b*3;if(l[O]=f[S],l[O+1]=p[w],l[O+2]=P?C:0,x&&r)if(P){let R=r.lutOffset(D);g?(u[O]=g[x[R]],u[O+1]=g[x[R+1]],u[O+2]=g[x[R+2]]):(u[O]=x[R]/255,u[O+1]=x[R+1]/255,u[O+2]=x[R+2]/255)}else u[O]=u[O+1]=u[O+2]=.5}for(let w=0,b=0;w<a;w++)for(let S=0;S<o;S++,b++){let D=b*3,C=0,P=0;if(h[b]){let O=S>0&&h[b-1]?b-1:b,R=S<o-1&&h[b+1]?b+1:b;O!==R&&(C=(l[R*3+2]-l[O*3+2])/(l[R*3]-l[O*3]));let N=w>0&&h[b-o]?b-o:b,G=w<a-1&&h[b+o]?b+o:b;N!==G&&(P=(l[G*3+2]-l[N*3+2])/(l[G*3+1]-l[N*3+1])),Number.isFinite(C)||(C=0),Number.isFinite(P)||(P=0)}let I=Math.sqrt(C*C+P*P+1);c[D]=-C/I,c[D+1]=-P/I,c[D+2]=1/I}if(n.indexChanged=!m,n.filled=!0,m)return;let y=0,T=new Uint8Array(o*a),v=(w,b,S)=>{d[y++]=w,d[y++]=b,d[y++]=S,T[w]=T[b]=T[S]=1};for(let w=0;w<a-1;w++)for(let b=0;b<o-1;b++){let S=w*o+b,D=S+1,C=S+o,P=C+1,I=h[S],O=h[D],R=h[C],N=h[P],G=I+O+R+N;G===4?(v(S,D,P),v(S,P,C)):G===3&&(I?O?R?v(S,D,C):v(S,D,P):v(S,P,C):v(D,P,C))}let A=0;for(let w=0;w<T.length;w++)A+=T[w];n.indexCount=y,n.vertexCount=A}function hb(n,e){let{normals:t,colors:i}=n,[r,s,o]=e.dir,a=Math.hypot(r,s,o)||1,l=r/a,c=s/a,u=o/a;for(let d=0;d<i.length;d+=3){let h=t[d]*l+t[d+1]*c+t[d+2]*u,f=e.ambient+e.diffuse*(h>0?h:0);i[d]*=f,i[d+1]*=f,i[d+2]*=f}}var FT=0,OT=1,UT=2;function db(n,e,t){let i=e.xs.length,r=0;for(let l=0;l<n.length;l++)Number.isFinite(n[l])||r++;let s=new Float32Array(r*3),o=new Uint8Array(r),a=0;for(let l=0;l<n.length;l++){let c=n[l];if(Number.isFinite(c))continue;let u=l%i,d=(l-u)/i;s[a*3]=br(e,e.xs[u]),s[a*3+1]=xr(e,e.ys[d]),s[a*3+2]=t,o[a]=c!==c?FT:c>0?OT:UT,a++}return{positions:s,kinds:o,count:r}}function BT(n,e,t,i,r){let s=e.xs.length,o=e.ys.length,a=rb(e.xs,i),l=rb(e.ys,r),c=Math.min(Math.floor(a),Math.max(s-2,0)),u=Math.min(Math.floor(l),Math.max(o-2,0)),d=s>1?a-c:0,h=o>1?l-u:0,f=0,p=0;for(let x=0;x<=1;x++)for(let g=0;g<=1;g++){let m=Math.min(c+g,s-1),y=Math.min(u+x,o-1),T=(g?d:1-d)*(x?h:1-h);if(T<=0)continue;let v=Ts(t,n[y*s+m]);v===v&&(f+=T*v,p+=T)}return p>0?f/p:NaN}function fb(n,e,t,i,r){let s=new Float32Array(n.length*3);return n.forEach((o,a)=>{let l=Ts(i,o.planeLoss);l!==l&&(l=BT(e,t,i,o.x,o.y)),l!==l&&(l=r),s[a*3]=br(t,o.x),s[a*3+1]=xr(t,o.y),s[a*3+2]=l}),s}function Vd(n,e,t,i=1/0){let{nx:r,ny:s,positions:o,finite:a}=n;if(r<2||s<2||!n.filled||n.indexCount===0)return null;let[l,c,u]=[e[0],e[1],e[2]],[d,h,f]=[t[0],t[1],t[2]],p=C=>o[C*3],x=C=>o[C*r*3+1],g=0,m=i,y=(C,P,I,O)=>{if(P===0)return C>=I&&C<=O;let R=(I-C)/P,N=(O-C)/P;return R>N&&([R,N]=[N,R]),R>g&&(g=R),N<m&&(m=N),g<=m};if(!y(l,d,p(0),p(r-1))||!y(c,h,x(0),x(s-1)))return null;let T=(C,P,I)=>{let O=0,R=P-2;for(;O<R;){let N=O+R+1>>1;C(N)<=I?O=N:R=N-1}return O},v=T(p,r,l+g*d),A=T(x,s,c+g*h),w=d>0?1:d<0?-1:0,b=h>0?1:h<0?-1:0,S=null,D=(C,P,I)=>{let O=o[C*3],R=o[C*3+1],N=o[C*3+2],G=o[P*3]-O,k=o[P*3+1]-R,j=o[P*3+2]-N,B=o[I*3]-O,W=o[I*3+1]-R,K=o[I*3+2]-N,ye=h*K-f*W,ne=f*B-d*K,X=d*W-h*B,re=G*ye+k*ne+j*X;if(Math.abs(re)<1e-14)return;let se=1/re,xe=l-O,ie=c-R,le=u-N,De=(xe*ye+ie*ne+le*X)*se;if(De<-1e-7||De>1+1e-7)return;let Se=ie*j-le*k,He=le*G-xe*j,We=xe*k-ie*G,Fe=(d*Se+h*He+f*We)*se;if(Fe<-1e-7||De+Fe>1+1e-7)return;let we=(B*Se+W*He+K*We)*se;we<0||we>i||S&&we>=S.t||(S={t:we,a:C,b:P,c:I,wa:1-De-Fe,wb:De,wc:Fe})};for(let C=r+s+4;C>0;C--){let P=A*r+v,I=P+1,O=P+r,R=O+1,N=a[P]+a[I]+a[O]+a[R];if(N===4?(D(P,I,R),D(P,R,O)):N===3&&(a[P]?a[I]?a[O]?D(P,I,O):D(P,I,R):D(P,R,O):D(I,R,O)),S)return S;let G=w>0?(p(v+1)-l)/d:w<0?(p(v)-l)/d:1/0,k=b>0?(x(A+1)-c)/h:b<0?(x(A)-c)/h:1/0,j=Math.min(G,k);if(!(j<m)||(G<=j&&(v+=w),k<=j&&(A+=b),v<0||A<0||v>r-2||A>s-2))break}return S}function pb(n,e,t){let i=n[e.a],r=n[e.b],s=n[e.c];return t&&i>0&&r>0&&s>0?Math.pow(10,e.wa*Math.log10(i)+e.wb*Math.log10(r)+e.wc*Math.log10(s)):e.wa*i+e.wb*r+e.wc*s}function mb(n,e,t,i,r){let s=t[i*3]-e[0],o=t[i*3+1]-e[1],a=t[i*3+2]-e[2],l=Math.hypot(s,o,a);return l>r?Vd(n,e,[s/l,o/l,a/l],l-r)===null:!0}function gb(n,e,t,i,r,s=1/0){let o=-1,a=s;for(let l=0;l<e;l++){let c=n[l*3]-i[0],u=n[l*3+1]-i[1],d=n[l*3+2]-i[2],h=t(l),f=c*r[0]+u*r[1]+d*r[2],p=c*c+u*u+d*d-f*f;if(p>h*h)continue;let x=Math.sqrt(h*h-p),g=f-x>=0?f-x:f+x;g>=0&&g<=a&&(o=l,a=g)}return o}function bb(n,e,t,i){let r=[],s=i*i;for(let o=0;o*2<n.length;o++){let a=n[o*2]-e,l=n[o*2+1]-t,c=a*a+l*l;c<=s&&r.push([c,o])}return r.sort((o,a)=>o[0]-a[0]||a[1]-o[1]),r.map(o=>o[1])}function xb(n,e,t){let i=0;for(let a of n)for(let l of a.lines)i+=Math.max(0,l.length-1);let r=new Float32Array(i*6),s=new Uint16Array(i),o=0;return n.forEach((a,l)=>{for(let c of a.lines){let u=0,d=0;c.forEach(([h,f],p)=>{let x=br(e,ib(e.xs,h)),g=xr(e,ib(e.ys,f));if(p>0){let m=o*6;r[m]=u,r[m+1]=d,r[m+2]=t,r[m+3]=x,r[m+4]=g,r[m+5]=t,s[o++]=l}u=x,d=g})}}),{positions:r,level:s,segments:i}}function Gd(n,e,t=0){return n.x<e.x+e.width+t&&e.x<n.x+n.width+t&&n.y<e.y+e.height+t&&e.y<n.y+n.height+t}function kT(n,e){return n.x>=e.x&&n.y>=e.y&&n.x+n.width<=e.x+e.width&&n.y+n.height<=e.y+e.height}function yb(n,e,t=[0,1]){let i=Math.hypot(n,e);return i>1e-9?[n/i,e/i]:t}function Ko(n,e,t,i,r,s,o){let a=Math.abs(t),l=Math.abs(i),c=Math.min(a>1e-9?(r/2+o)/a:1/0,l>1e-9?(s/2+o)/l:1/0),u=Number.isFinite(c)?c:0,d=n+t*u,h=e+i*u;return{x:d-r/2,y:h-s/2,width:r,height:s}}function vb(n,e,t,i){return Math.abs(n)*t+Math.abs(e)*i}function zT(n,e=0){for(let t=0;t<n.length;t++)for(let i=t+1;i<n.length;i++)if(Gd(n[t],n[i],e))return!0;return!1}function Hd(n,e,t,i=2){let r={ticks:[],boxes:[]},s="";for(let a=Math.max(1,Math.floor(e));a>=1;a--){let l=n(a),c=l.map(h=>h.value).join(",");if(c===s)continue;s=c;let u=[],d=[];for(let h of l){let f=t(h);f&&(u.push(h),d.push(f))}if(r={ticks:u,boxes:d},!zT(d,i))return r}let o={ticks:[],boxes:[]};return r.boxes.forEach((a,l)=>{o.boxes.some(c=>Gd(c,a,i))||(o.ticks.push(r.ticks[l]),o.boxes.push(a))}),o}function _b(n,e,t=2){let i=n.map((s,o)=>o).sort((s,o)=>n[o].priority-n[s].priority||s-o),r=[];for(let s of i){let o=n[s].box;Number.isFinite(o.x)&&Number.isFinite(o.y)&&(e&&!kT(o,e)||r.some(a=>Gd(n[a].box,o,t))||r.push(s))}return r.sort((s,o)=>s-o)}function Mb(n){let[e,t,i,r]=n,s=e.depth+t.depth<=r.depth+i.depth?-1:1,o=t.depth+i.depth<=e.depth+r.depth?1:-1,a=0;for(let l=1;l<4;l++){let c=n[l],u=n[a];(c.x<u.x-1e-6||Math.abs(c.x-u.x)<=1e-6&&c.depth>u.depth)&&(a=l)}return{xEdge:s,yEdge:o,zCorner:a}}var VT=2,ea=1,yr=-.22,GT=10,HT=30,WT=78,Sb=-60*Math.PI/180,wb=28*Math.PI/180,Wd=5.8,Zo=new z(0,0,(yr+ea)/2-.05),$T={dir:[-2,-3,6],ambient:.5,diffuse:.6},tu=10*Math.PI/180,Ab=.85,Tb=.028,Eb=.055,XT=9,Kd='Roboto, "Helvetica Neue", Arial, sans-serif',Cb=`11px ${Kd}`,Rb=`12px ${Kd}`,Pb=13,Ib=15,nu=3,$d=3,iu=.05,qT=55,YT=24,Lb=`
.tbl-surface { display: inline-block; }
.tbl-surface-plot { position: relative; flex: none; }
.tbl-surface-labels { position: absolute; left: 0; top: 0; pointer-events: none; overflow: hidden; }
.tbl-surface-labels text {
  fill: var(--tbl-fg, #212121); font-size: 11px; font-family: ${Kd};
  paint-order: stroke; stroke: var(--tbl-bg, #ffffff); stroke-width: 3px; stroke-linejoin: round;
}
.tbl-surface-labels text.tbl-axis-title { fill: var(--tbl-muted, #616161); font-size: 12px; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`,ou=class{constructor(){this.element=Z("div",{class:"tbl-surface"});this.figure=Z("div",{class:"tbl-row tbl-surface-figure"});this.plot=Z("div",{class:"tbl-surface-plot"});this.labelLayer=Re("svg",{class:"tbl-surface-labels","data-testid":"surface-labels","aria-hidden":"true"});this.canvas=Z("canvas",{"data-testid":"surface",class:"tbl-surface-canvas",tabindex:0,role:"img","aria-label":"3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset"});this.colorbar=new Si;this.readout=Z("div",{class:"tbl-readout","data-testid":"readout-3d"},[" "]);this.hint=Z("div",{class:"tbl-surface-hint"},["drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset"]);this.legendSlot=Z("div");this.message=Z("div",{class:"tbl-surface-message","data-testid":"surface-message",hidden:!0});this.renderer=null;this.controls=null;this.glError=null;this.scene=new go;this.camera=new Zt(HT,1.2,.05,100);this.size=[0,0];this.surfaceMaterial=new cr({vertexColors:!0,side:_n,polygonOffset:!0,polygonOffsetFactor:1,polygonOffsetUnits:1});this.surfaceMesh=new Qt(new At,this.surfaceMaterial);this.surf=null;this.floorMaterial=new cr({vertexColors:!0,polygonOffset:!0,polygonOffsetFactor:2,polygonOffsetUnits:2});this.floor=new Qt(KT(new hr(1,1)),this.floorMaterial);this.frameMaterial=new Li({vertexColors:!0});this.frameLines=new ps(new At,this.frameMaterial);this.contourMaterial=new Li({vertexColors:!0});this.contours=new ps(new At,this.contourMaterial);this.dot=JT();this.marksMaterial=new ms({size:7,sizeAttenuation:!1,vertexColors:!0,map:this.dot,alphaTest:.5,transparent:!1});this.marks=new _o(new At,this.marksMaterial);this.pathLineMaterial=new Li({vertexColors:!0});this.pathLine=new fs(new At,this.pathLineMaterial);this.sphere=new To(1,12,8);this.pathMaterial=new Eo;this.pathDots=new ur(this.sphere,this.pathMaterial,1);this.axesKey="";this.shown=null;this.theme=null;this.raycaster=new Do;this.hoverAt=null;this.hoverFrame=0;this.cleanups=[];this.disposed=!1;this.plot.append(this.canvas,this.labelLayer),this.figure.append(this.plot,this.colorbar.element),this.element.append(this.figure,this.readout,this.legendSlot,this.hint,this.message),this.element.dataset.vertices="0",this.element.dataset.pathPoints="0",this.camera.up.set(0,0,1),this.placeCamera(),this.element.dataset.camera=this.cameraKey(),this.scene.add(new Po(16777215,5592405,1.9));let e=new No(16777215,1.9);if(e.position.set(-2,-3,6),this.scene.add(e),this.floor.position.z=yr,this.pathDots.count=0,this.marks.frustumCulled=!1,this.contours.frustumCulled=!1,this.pathLine.frustumCulled=!1,this.pathDots.frustumCulled=!1,this.scene.add(this.floor,this.frameLines,this.contours,this.surfaceMesh,this.marks,this.pathLine,this.pathDots),this.listen(this.canvas,"dblclick",()=>this.resetView()),this.listen(this.canvas,"keydown",t=>this.onKey(t)),this.listen(this.canvas,"pointermove",t=>this.onPointerMove(t)),this.listen(this.canvas,"pointerleave",()=>this.onPointerLeave()),this.cleanups.push(()=>{this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0}),typeof MutationObserver=="function"){let t=new MutationObserver(()=>{!this.shown||!this.renderer||(this.applyTheme(!0),this.render())});t.observe(document.documentElement,{attributes:!0,attributeFilter:["class","style"]}),this.cleanups.push(()=>t.disconnect())}}draw(e,t){if(this.disposed)return;if(e.header.dims!==2){this.showMessage("3D needs a 2D landscape");return}let i=zt(e,t.metric);if(!this.ensureRenderer()){this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);return}this.message.hidden=!0,this.figure.hidden=!1,this.hint.hidden=!1,this.resize(t),this.applyTheme(!1);let{nx:r,ny:s}=e,[o,a]=e.header.axes,l=e.header.metrics[t.metric]??"",c=sb(o.coords,a.coords,o.unit===a.unit,VT),u=t.scale==="log",d=Fr(i,t.domain,t.scale),h=d??(u?[.1,1]:[0,1]),f=lb(h,u,ea),p=new gn(h,{scale:t.scale,palette:t.palette}),x=this.surfaceBuffers(r,s);ub(x,i,c,f,p,!0),hb(x,$T);let g=this.surfaceMesh.geometry;for(let G of["position","normal","color"]){let k=g.getAttribute(G);k.needsUpdate=!0}if(x.indexChanged){let G=g.getIndex();G.clearUpdateRanges(),G.addUpdateRange(0,Math.max(1,x.indexCount)),G.needsUpdate=!0,g.setDrawRange(0,x.indexCount)}let m=g.boundingBox??(g.boundingBox=new yn);m.min.set(-c.halfX,-c.halfY,0),m.max.set(c.halfX,c.halfY,ea);let y=g.boundingSphere??(g.boundingSphere=new vn);m.getBoundingSphere(y),this.floor.scale.set(2*c.halfX+.16,2*c.halfY+.16,1);let T=db(i,c,yr+.004);if(this.fillMarks(T.positions,T.kinds,T.count),t.floorContours){let G=Fa(h,t.scale,GT),k=xb(Xa(i,r,s,G),c,yr+.002),j=new Float32Array(k.segments*6),B=G.map(W=>Jo(p.color(W)));for(let W=0;W<k.segments;W++){let K=B[k.level[W]];j.set(K,W*6),j.set(K,W*6+3)}this.fillLines(this.contours,k.positions,j,k.segments*2)}else this.fillLines(this.contours,new Float32Array(0),new Float32Array(0),0);let v=e.header.trajectory,A=t.path&&v&&v.y?Or(v):[],w=fb(A,i,c,f,yr+.01);this.fillPath(A,w);let b=Br(A,o.coords,a.coords),S=Rr(i),D=vi(i,h),[C,P]=e.header.center,I=Math.max(60,Math.round(this.size[1]*.6)),O=l+(u?" (log)":""),R=Math.round(this.size[1]*.12);d?this.colorbar.draw(p,I,O,{top:R,clip:D}):this.colorbar.empty(O,"no finite values",{top:R});let N=A.length;this.legendSlot.replaceChildren(kr(S,{hatched:!1,note:"no surface there; dots on the floor",center:{text:`centre (${Ye(C)}, ${Ye(P)})`,mark:"cross"},clip:{...D,low:p.colorAt(0),high:p.colorAt(1)},path:N>0?{count:N,first:A[0].step,last:A[N-1].step,early:Ur(0,N),late:Ur(N-1,N),tiny:zr(b,2,e.header.method)}:null})),this.shown={frame:e,values:i,layout:c,hs:f,metricName:l,points:A,spread:b,pathPositions:w,domain:d,scale:t.scale,frameSegments:jT(e,c)},this.axesKey="",this.element.dataset.vertices=String(x.vertexCount),this.element.dataset.pathPoints=String(A.length),this.element.dataset.pathSpread=b?String(b.fraction):"",this.render()}toPng(){return this.render(),kn(this.element,e=>e===this.readout||e===this.hint)}resetView(){this.controls?this.controls.reset():this.placeCamera(),this.render()}dispose(){if(this.disposed)return;this.disposed=!0,this.cleanups.forEach(i=>i()),this.cleanups.length=0,this.controls?.dispose(),this.controls=null;let e=new Set,t=i=>{i&&!e.has(i)&&(e.add(i),i.dispose())};this.scene.traverse(i=>{let r=i;t(r.geometry);let s=r.material;Array.isArray(s)?s.forEach(t):t(s),i instanceof ur&&t(i)}),t(this.sphere),t(this.dot),this.labelLayer.replaceChildren(),this.scene.clear(),this.shown=null,this.renderer&&(this.renderer.dispose(),this.renderer.forceContextLoss(),this.renderer=null)}listen(e,t,i){e.addEventListener(t,i),this.cleanups.push(()=>e.removeEventListener(t,i))}ensureRenderer(){if(this.renderer)return!0;if(this.glError)return!1;try{this.renderer=new Kc({canvas:this.canvas,antialias:!ZT(),preserveDrawingBuffer:!0})}catch(t){return this.glError=`WebGL could not be started (${t.message||String(t)})`,!1}this.renderer.outputColorSpace=Xt,this.renderer.setPixelRatio(Math.max(1,Math.min(2,window.devicePixelRatio||1)));let e=new Qc(this.camera,this.canvas);return e.target.copy(Zo),e.enableDamping=!1,e.minDistance=1.2,e.maxDistance=30,e.update(),e.saveState(),e.addEventListener("change",()=>this.render()),this.controls=e,this.listen(this.canvas,"webglcontextrestored",()=>this.render()),!0}showMessage(e){this.message.textContent=e,this.message.hidden=!1,this.figure.hidden=!0,this.hint.hidden=!0,this.readout.textContent=" ",this.legendSlot.replaceChildren(),this.labelLayer.replaceChildren(),this.axesKey="",this.shown=null,this.element.dataset.vertices="0",this.element.dataset.pathPoints="0"}placeCamera(){let e=Math.cos(wb);this.camera.position.set(Zo.x+Wd*e*Math.cos(Sb),Zo.y+Wd*e*Math.sin(Sb),Zo.z+Wd*Math.sin(wb)),this.camera.lookAt(Zo)}resize(e){let t=Math.max(120,Math.round(e.fit?e.fit.height:e.maxSide)),i=e.fit?Math.max(160,Math.min(Math.round(e.fit.width)-WT,2*t)):Math.round(t*1.15);this.size[0]===i&&this.size[1]===t||(this.size=[i,t],this.renderer.setSize(i,t),this.camera.aspect=i/t,this.camera.updateProjectionMatrix(),this.labelLayer.setAttribute("width",String(i)),this.labelLayer.setAttribute("height",String(t)),this.axesKey="")}render(){!this.renderer||this.disposed||(this.layoutAxes(),this.renderer.render(this.scene,this.camera),this.element.dataset.camera=this.cameraKey())}cameraKey(){let e=this.camera.position;return`${e.x.toFixed(2)},${e.y.toFixed(2)},${e.z.toFixed(2)}`}applyTheme(e){let t=document.documentElement,i=getComputedStyle(t),r=t.classList.contains("tbl-dark"),s={bg:i.getPropertyValue("--tbl-bg").trim()||(r?"#303030":"#ffffff"),fg:i.getPropertyValue("--tbl-fg").trim()||(r?"#eeeeee":"#212121"),muted:i.getPropertyValue("--tbl-muted").trim()||(r?"#bdbdbd":"#616161"),dark:r},o=this.theme;if(!e&&o&&o.bg===s.bg&&o.fg===s.fg&&o.muted===s.muted)return;this.theme=s;let a=Xd(s.bg,r?3158064:16777215),l=Xd(s.fg,r?15658734:2171169);this.renderer?.setClearColor(a,1),this.floorMaterial.color.copy(a).lerp(l,r?.08:.045),this.frameMaterial.color.copy(Xd(s.muted,8947848))}surfaceBuffers(e,t){if(this.surf&&this.surf.nx===e&&this.surf.ny===t)return this.surf;let i=cb(e,t),r=new At;return r.setAttribute("position",new wt(i.positions,3).setUsage(zi)),r.setAttribute("normal",new wt(i.normals,3).setUsage(zi)),r.setAttribute("color",new wt(i.colors,3).setUsage(zi)),r.setIndex(new wt(i.index,1).setUsage(zi)),this.surfaceMesh.geometry.dispose(),this.surfaceMesh.geometry=r,this.surf=i,i}fillLines(e,t,i,r){let s=qd(e,r);s.getAttribute("position").array.set(t.subarray(0,r*3)),s.getAttribute("color").array.set(i.subarray(0,r*3)),Yd(s,r)}fillMarks(e,t,i){let r=qd(this.marks,i);r.getAttribute("position").array.set(e.subarray(0,i*3));let s=r.getAttribute("color").array,o=[Jo(ji),Jo(Qi),Jo(er)];for(let a=0;a<i;a++)s.set(o[t[a]],a*3);Yd(r,i)}fillPath(e,t){let i=e.length,r=new Float32Array(i*3);for(let a=0;a<i;a++)r.set(Jo(Ur(a,i)),a*3);this.fillLines(this.pathLine,t,r,i),i>this.pathDots.instanceMatrix.count&&(this.scene.remove(this.pathDots),this.pathDots.dispose(),this.pathDots=new ur(this.sphere,this.pathMaterial,Math.max(i,2*this.pathDots.instanceMatrix.count)),this.pathDots.frustumCulled=!1,this.scene.add(this.pathDots));let s=new rt,o=new Xe;for(let a=0;a<i;a++){let l=a===i-1?Eb:Tb;s.makeScale(l,l,l).setPosition(t[a*3],t[a*3+1],t[a*3+2]),this.pathDots.setMatrixAt(a,s);let c=r.subarray(a*3,a*3+3);this.pathDots.setColorAt(a,o.setRGB(c[0],c[1],c[2]))}this.pathDots.count=i,this.pathDots.instanceMatrix.needsUpdate=!0,this.pathDots.instanceColor&&(this.pathDots.instanceColor.needsUpdate=!0)}layoutAxes(){let e=this.shown;if(!e)return;let[t,i]=this.size,r=this.camera;r.updateMatrixWorld();let s=`${r.position.toArray().map(B=>B.toFixed(4))} ${r.quaternion.toArray().map(B=>B.toFixed(5))} ${r.zoom} ${t}x${i}`;if(s===this.axesKey)return;this.axesKey=s;let{layout:o,hs:a}=e,{halfX:l,halfY:c}=o,u=yr,d=new z,h=(B,W,K)=>(d.set(B,W,K).project(r),d.z>=-1&&d.z<=1?[(d.x+1)/2*t,(1-d.y)/2*i]:null),f=(B,W,K)=>{let ye=h(B[0],B[1],B[2]),ne=h(W[0],W[1],W[2]);return ye&&ne?yb(ne[0]-ye[0],ne[1]-ye[1],K):K},p=[[-l,-c],[l,-c],[l,c],[-l,c]],x=p.map(([B,W])=>{let K=h(B,W,u);return{x:K?K[0]:NaN,y:K?K[1]:NaN,depth:r.position.distanceTo(d.set(B,W,u))}}),g=Mb(x),m=e.frameSegments.slice(),y=[],[T,v]=e.frame.header.axes,A=(B,W,K)=>{let ye=W.length;if(ye<2)return;let ne=W[0],X=W[ye-1],re=Oe=>B==="x"?[br(o,Oe),g.xEdge*c,u]:[g.yEdge*l,xr(o,Oe),u],se=B==="x"?[0,g.xEdge*iu,0]:[g.yEdge*iu,0,0],xe=(Oe,Je,ke=1)=>[Oe[0]+ke*Je[0],Oe[1]+ke*Je[1],Oe[2]+ke*Je[2]],ie=re((ne+X)/2),le=f(ie,xe(ie,se),[0,1]),De=h(...re(ne)),Se=h(...re(X)),He=De&&Se?Math.hypot(Se[0]-De[0],Se[1]-De[1]):0,We=Hd(Oe=>_t([ne,X],Oe),Math.max(1,Math.min(8,Math.floor(He/qT))),Oe=>{let Je=xe(re(Oe.value),se),ke=h(Je[0],Je[1],Je[2]);return ke?Ko(ke[0],ke[1],le[0],le[1],su(Oe.label,Cb),Pb,nu):null},$d),Fe=0;We.ticks.forEach((Oe,Je)=>{let ke=re(Oe.value);m.push(...ke,...xe(ke,se)),y.push({box:We.boxes[Je],priority:1,text:Oe.label,axis:B,kind:"tick"}),Fe=Math.max(Fe,vb(le[0],le[1],We.boxes[Je].width,We.boxes[Je].height)+nu)});let we=h(...xe(ie,se));if(we&&K){let Oe=Ko(we[0],we[1],le[0],le[1],su(K,Rb),Ib,nu+Fe+2);y.push({box:Oe,priority:2,text:K,axis:B,kind:"title"})}},[w,b]=p[g.zCorner],S=[Math.sign(w)*iu*Math.SQRT1_2,Math.sign(b)*iu*Math.SQRT1_2];m.push(w,b,u,w,b,ea);let C=[f([w,b,0],[w+S[0],b+S[1],0],[-1,0])[0]>0?1:-1,0],P=h(w,b,0),I=h(w,b,ea),O=P&&I?Math.hypot(I[0]-P[0],I[1]-P[1]):0;if(e.domain){let B=e.domain,W=Hd(K=>Qn(B,e.scale,K),Math.max(1,Math.min(10,Math.floor(O/YT))),K=>{let ye=Ts(a,K.value),ne=h(w+S[0],b+S[1],ye);return ne?Ko(ne[0],ne[1],C[0],C[1],su(K.label,Cb),Pb,nu):null},$d);W.ticks.forEach((K,ye)=>{let ne=Ts(a,K.value);m.push(w,b,ne,w+S[0],b+S[1],ne),y.push({box:W.boxes[ye],priority:1,text:K.label,axis:"z",kind:"tick"})})}let R=e.metricName+(a.log?" (log)":"");if(I&&R){let B=Ko(I[0],I[1],0,-1,su(R,Rb),Ib,8);y.push({box:B,priority:2,text:R,axis:"z",kind:"title"})}A("x",T.coords,T.label||"x"),A("y",v.coords,v.label||"y");let N=new Float32Array(m),G=qd(this.frameLines,N.length/3);G.getAttribute("position").array.set(N),G.getAttribute("color").array.fill(1,0,N.length),Yd(G,N.length/3);let j=_b(y,{x:0,y:0,width:t,height:i},$d);this.labelLayer.replaceChildren(...j.map(B=>{let W=y[B];return Re("text",{class:W.kind==="title"?"tbl-axis-title":null,x:W.box.x.toFixed(1),y:(W.box.y+W.box.height/2).toFixed(1),"dominant-baseline":"central","data-axis":W.axis,"data-kind":W.kind},[W.text])})),this.element.dataset.axes=`x:${g.xEdge} y:${g.yEdge} z:${g.zCorner}`,this.element.dataset.labels=String(j.length)}onKey(e){if(!this.controls||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.controls.target,i=this.camera.position.clone().sub(t),r=i.length(),s=Math.atan2(i.y,i.x),o=Math.acos(Math.min(1,Math.max(-1,i.z/r)));switch(e.key){case"ArrowLeft":s-=tu;break;case"ArrowRight":s+=tu;break;case"ArrowUp":o-=tu/2;break;case"ArrowDown":o+=tu/2;break;case"+":case"=":r*=Ab;break;case"-":case"_":r/=Ab;break;case"0":e.preventDefault(),e.stopPropagation(),this.resetView();return;default:return}e.preventDefault(),e.stopPropagation(),o=Math.min(Math.PI-.02,Math.max(.02,o)),r=Math.min(this.controls.maxDistance,Math.max(this.controls.minDistance,r)),this.camera.position.set(t.x+r*Math.sin(o)*Math.cos(s),t.y+r*Math.sin(o)*Math.sin(s),t.z+r*Math.cos(o)),this.camera.lookAt(t),this.controls.update(),this.render()}onPointerMove(e){!this.shown||!this.renderer||e.buttons!==0||(this.hoverAt=[e.clientX,e.clientY],!this.hoverFrame&&(this.hoverFrame=requestAnimationFrame(()=>{this.hoverFrame=0;let t=this.hoverAt;this.hoverAt=null,t&&!this.disposed&&this.hover(t[0],t[1])})))}onPointerLeave(){this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0,this.hoverAt=null,this.readout.textContent=" "}hover(e,t){let i=this.shown,r=this.surf;if(!i||!r)return;let s=this.canvas.getBoundingClientRect();if(!(s.width>0&&s.height>0))return;let o=e-s.left,a=t-s.top;this.raycaster.setFromCamera(new Ue(o/s.width*2-1,1-a/s.height*2),this.camera);let{origin:l,direction:c}=this.raycaster.ray,u=[l.x,l.y,l.z],d=[c.x,c.y,c.z],h=Vd(r,u,d),f=i.points.length,p=v=>v===f-1?Eb:Tb,x=-1;if(f>0){let v=new Float32Array(f*2),A=new z;for(let b=0;b<f;b++){A.set(i.pathPositions[b*3],i.pathPositions[b*3+1],i.pathPositions[b*3+2]).project(this.camera);let S=A.z>=-1&&A.z<=1;v[b*2]=S?(A.x+1)/2*s.width:1/0,v[b*2+1]=S?(1-A.y)/2*s.height:1/0}let w=[this.camera.position.x,this.camera.position.y,this.camera.position.z];for(let b of bb(v,o,a,XT))if(mb(r,w,i.pathPositions,b,p(b))){x=b;break}x<0&&(x=gb(i.pathPositions,f,p,u,d,h?h.t:1/0))}if(this.element.dataset.hover=x>=0?`path:${x}`:h?"surface":"",x>=0){let v=i.points[x],A=i.spread?.tiny?` · the path barely moves in this plane (within ${Xs(i.spread.fraction)} of its span)`:"";this.readout.textContent=`step ${v.step}: on-plane loss = ${Ye(v.planeLoss)}, true loss = ${Ye(v.trueLoss)}, residual = ${Ye(v.residual)}${A}`;return}if(!h){this.readout.textContent=" ";return}let[g,m]=ab(i.layout,u[0]+h.t*d[0],u[1]+h.t*d[1]),[y,T]=i.frame.header.axes;this.readout.textContent=`${y.label||"x"} = ${Ye(g)}, ${T.label||"y"} = ${Ye(m)}: ${i.metricName} = ${Ye(pb(i.values,h,i.hs.log))}`}};function Jo(n){return[Yo[n[0]],Yo[n[1]],Yo[n[2]]]}function Xd(n,e){let t=new Xe(e);if(/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(n)){let i=console.warn;console.warn=()=>{};try{t.setStyle(n)}finally{console.warn=i}}return t}function qd(n,e){let t=n.geometry,i=t.getAttribute("position");if(i&&i.count>=e)return t;let r=Math.max(e,2*(i?.count??0),16),s=new At;return s.setAttribute("position",new wt(new Float32Array(r*3),3).setUsage(zi)),s.setAttribute("color",new wt(new Float32Array(r*3),3).setUsage(zi)),t.dispose(),n.geometry=s,s}function KT(n){let e=n.getAttribute("position").count;return n.setAttribute("color",new wt(new Float32Array(e*3).fill(1),3)),n}function Yd(n,e){for(let t of["position","color"]){let i=n.getAttribute(t);i&&(i.clearUpdateRanges(),i.addUpdateRange(0,Math.max(e,1)*3),i.needsUpdate=!0)}n.setDrawRange(0,e)}var jo=null;function ZT(){if(jo!==null)return jo;jo=!1;try{let n=document.createElement("canvas").getContext("webgl");if(n){let e=n.getExtension("WEBGL_debug_renderer_info"),t=String(n.getParameter(e?e.UNMASKED_RENDERER_WEBGL:n.RENDERER));jo=/swiftshader|llvmpipe|softpipe|software|basic render/i.test(t),n.getExtension("WEBGL_lose_context")?.loseContext()}}catch{}return jo}function JT(){let n=document.createElement("canvas");n.width=n.height=32;let e=n.getContext("2d");e&&(e.fillStyle="#ffffff",e.beginPath(),e.arc(16,16,14,0,2*Math.PI),e.fill());let t=new So(n);return t.colorSpace=Xt,t}function jT(n,e){let{halfX:t,halfY:i}=e,r=yr,s=[],o=(d,h)=>s.push(...d,...h);o([-t,-i,r],[t,-i,r]),o([t,-i,r],[t,i,r]),o([t,i,r],[-t,i,r]),o([-t,i,r],[-t,-i,r]);let[a,l]=n.header.center,c=br(e,a),u=xr(e,l);return Number.isFinite(c)&&Number.isFinite(u)&&(o([c-.06,u,r+.003],[c+.06,u,r+.003]),o([c,u-.06,r+.003],[c,u+.06,r+.003])),s}var Qo,ru=new Map;function su(n,e){let t=`${e}\0${n}`,i=ru.get(t);if(i!==void 0)return i;Qo===void 0&&(Qo=document.createElement("canvas").getContext("2d"));let r=parseFloat(e)||11;return Qo?(Qo.font=e,i=Math.ceil(Qo.measureText(n).width)+1):i=Math.ceil(n.length*r*.6),ru.size>4096&&ru.clear(),ru.set(t,i),i}function Es(n){switch(n){case"2d":return new Ka;case"3d":return new ou;case"1d":return new Wa}}function Nb(n){return n==="sensitivity"?new js:new Qs}function Db(n){return n.kind==="sensitivity"?n.data.steps:n.data.steps.map(e=>e.step)}function Fb(n,e,t,i,r,s){let o={width:r.width,height:r.height,index:i,onStep:s};e.kind==="sensitivity"&&n instanceof js?n.draw(e.data,{...o,measure:t.layers.measure,scale:t.plot.scale}):e.kind==="spectrum"&&n instanceof Qs&&n.draw(e.data,{...o,outliers:t.spectrum.outliers})}function Ob(n){if(n.kind==="sensitivity")return`${n.data.groups.length} parameter groups · trace of each group's Hessian block (Hutchinson, ± standard error) and its top eigenvalue (Lanczos)`;let e=n.data.steps[n.data.steps.length-1];return`Hessian eigenvalue density by stochastic Lanczos quadrature${e?` · ${e.num_parameters} parameters`:""}`}var QT=`
.tbl-chart canvas { display: block; cursor: crosshair; }
.tbl-chart .tbl-readout { min-height: 1.4em; color: var(--tbl-fg); margin-top: 4px; font-variant-numeric: tabular-nums; }
.tbl-chart-row { display: flex; gap: 12px; align-items: flex-start; }
.tbl-side { color: var(--tbl-fg); line-height: 1.6; min-width: 170px; }
.tbl-side-title { color: var(--tbl-muted); }
`;function Ub(){return`
${zm}
${Lb}
${QT}
`}var Zd=class{constructor(e,t){this.maxBytes=e;this.sizeOf=t;this.map=new Map;this.total=0}get bytes(){return this.total}get size(){return this.map.size}has(e){return this.map.has(e)}get(e){let t=this.map.get(e);if(t)return this.map.delete(e),this.map.set(e,t),t.value}peek(e){return this.map.get(e)?.value}set(e,t){let i=Math.max(0,this.sizeOf(t));if(this.delete(e),i>this.maxBytes)return!1;this.map.set(e,{value:t,bytes:i}),this.total+=i;for(let[r,s]of this.map){if(this.total<=this.maxBytes)break;this.map.delete(r),this.total-=s.bytes}return!0}delete(e){let t=this.map.get(e);return t?(this.map.delete(e),this.total-=t.bytes,!0):!1}clear(){this.map.clear(),this.total=0}keys(){return[...this.map.keys()]}};function eE(n){let e=n.header.axes.reduce((t,i)=>t+i.coords.byteLength,0);return n.values.buffer.byteLength+e+1024}function Bb(n){let e=n.reduce((i,r)=>i*r,1),t=n.slice(1).reduce((i,r)=>i+r,0);return e*4+t*32+2048}function kb(n,e,t,i){return`${n}\0${e}\0${t}\0${i}`}function zb(n=67108864){return new Zd(n,eE)}function Vb(n){if(n!==n)return"NaN";if(n===1/0)return"inf";if(n===-1/0)return"-inf";if(n===0)return Object.is(n,-0)?"-0":"0";let e=Math.fround(n);for(let t=1;t<=9;t++){let i=Number(e.toPrecision(t));if(Math.fround(i)===e)return String(i)}return String(e)}function Jd(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":String(n)}function tE(n){return/[",\r\n]/.test(n)?`"${n.replace(/"/g,'""')}"`:n}function Gb(n){let{nx:e,ny:t,header:i}=n,r=i.dims,o=[[...r===2?["x","y"]:["x"],...i.metrics].map(tE).join(",")],a=i.metrics.map((u,d)=>zt(n,d)),l=i.axes[0].coords,c=r===2?i.axes[1].coords:null;for(let u=0;u<t;u++)for(let d=0;d<e;d++){let h=u*e+d,f=c?[Jd(l[d]),Jd(c[u])]:[Jd(l[d])];for(let p of a)f.push(Vb(p[h]));o.push(f.join(","))}return o.join(`
`)+`
`}function nE(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":null}function iE(n){return Number.isFinite(n)?Number(Vb(n)):null}function Cs(n){return n?Array.from(n,e=>Number.isFinite(e)?e:null):null}function rE(n){return n?{steps:n.steps.slice(),x:Cs(n.x),y:Cs(n.y),plane_loss:Cs(n.plane_loss),true_loss:Cs(n.true_loss),residual:Cs(n.residual)}:null}function sE(n){let{nx:e,ny:t,header:i}=n,r={},s=[];return i.metrics.forEach((o,a)=>{let l=zt(n,a),c=[];for(let u=0;u<t;u++){let d=new Array(e);for(let h=0;h<e;h++){let f=l[u*e+h],p=nE(f);p&&s.push({metric:o,index:i.dims===2?[u,h]:[h],value:p}),d[h]=iE(f)}c.push(d)}r[o]=i.dims===2?c:c[0]}),{run:i.run,tag:i.tag,step:i.step,wall_time:Number.isFinite(i.wall_time)?i.wall_time:null,dims:i.dims,metrics:i.metrics.slice(),axes:i.axes.map(o=>({label:o.label,unit:o.unit,coords:Cs(o.coords)??[]})),values:r,non_finite:s,trajectory:rE(i.trajectory)}}function Hb(n){return JSON.stringify(sE(n))}function Qd(n,e){let t=n.map(i=>String(i)).join("_").normalize("NFC").replace(/[^\p{L}\p{N}.=+-]+/gu,"_").replace(/_+/g,"_").replace(/^[._]+/,"").replace(/[._]+$/,"");return t=Array.from(t).slice(0,150).join(""),t||(t="landscape"),`${t}.${e}`}function jd(n){return n.replace(/[\s\p{Cc}]+/gu," ").trim()}function Wb(n,e,t,i){return[jd(n),jd(e),typeof t=="number"&&Number.isFinite(t)?`step ${t}`:"",jd(i)].filter(Boolean).join(" · ")}function $b(n,e,t,i=3){let r=n.split(/(?<= )/),s=[],o="",a=u=>s.push(u.trimEnd());for(let u of r){if(t((o+u).trimEnd())<=e){o+=u;continue}o&&a(o),o="";let d=u;for(;t(d.trimEnd())>e&&d.length>1;){let h=1;for(;h<d.length&&t(d.slice(0,h+1))<=e;)h++;a(d.slice(0,h)),d=d.slice(h)}o=d}if(o.trim()&&a(o),s.length<=i)return s;let l=s.slice(0,i),c=l[i-1];for(;c.length>0&&t(`${c}…`)>e;)c=c.slice(0,-1);return l[i-1]=`${c.trimEnd()}…`,l}var Xb=/(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\D+)/y,au=new Map,oE=2048;function qb(n){let e=au.get(n);if(e)return e;let t=[];Xb.lastIndex=0;let i;for(;(i=Xb.exec(n))!==null;)i[1]!==void 0?t.push(Number(i[1])):t.push(i[2].toLowerCase());return au.size>=oE&&au.clear(),au.set(n,t),t}function aE(n,e){return typeof n=="number"?typeof e!="number"||n<e?-1:n>e?1:0:typeof e=="number"?1:n<e?-1:n>e?1:0}function ta(n,e){if(n===e)return 0;let t=qb(n),i=qb(e),r=Math.min(t.length,i.length);for(let s=0;s<r;s++){let o=aE(t[s],i[s]);if(o!==0)return o}return t.length!==i.length?t.length-i.length:n<e?-1:1}function lu(n,e){let t=0,i=n.length-1,r=-1;for(;t<=i;){let s=t+i>>1;n[s]<=e?(r=s,t=s+1):i=s-1}return r}function Vi(n,e){return n.length===0?-1:e===null?n.length-1:Math.max(0,lu(n,e))}function cu(n,e){if(n.length===0)return null;if(e===null)return n[n.length-1];let t=lu(n,e);return t<0?null:n[t]}function lE(n,e){let t=[];for(let i=1;t.length<n-1&&i<n;i++)e+i<n&&t.push(e+i),e-i>=0&&t.push(e-i);return t}function Yb(n,e,t,i,r){let s=[],o=e>=0&&e<n.length?i(n[e]):0;for(let a of lE(n.length,Math.max(0,Math.min(e,n.length-1)))){if(o+=i(n[a]),o>t)break;r(n[a])||s.push(n[a])}return s}function Kb(n,e,t=5){let i=Array.from({length:n},(s,o)=>o).filter(s=>s!==e);if(i.length<=t)return i;let r=new Set;for(let s=0;s<t;s++)r.add(i[Math.round(s*(i.length-1)/(t-1))]);return[...r].sort((s,o)=>s-o)}function Zb(n,e,t=4){let i=n.filter(r=>r!==e);return[...e!==null&&n.includes(e)?[e]:[],...i].slice(0,t)}function na(n){let e=1/0,t=-1/0;for(let i of n)!i||!Number.isFinite(i[0])||!Number.isFinite(i[1])||(e=Math.min(e,i[0]),t=Math.max(t,i[1]));return e<=t?[e,t]:null}function uu(n,e){return na(n.map(t=>{let i=t.metrics.indexOf(e);return i>=0&&t.ranges?t.ranges[i]:null}))}function ef(n,e){if(!e||e[0]===null&&e[1]===null)return n;let[t,i]=e;if(!n)return t!==null&&i!==null?[t,i]:null;let r=t===null?n[0]:Math.max(n[0],t),s=i===null?n[1]:Math.min(n[1],i);return r<s?[r,s]:t!==null&&i!==null?[t,i]:n}function Jb(n,e){let t=s=>{let o=s.trim();if(o==="")return null;let a=Number(o);return Number.isFinite(a)?a:void 0},i=t(n),r=t(e);return i===void 0?{clip:null,error:`"${n.trim()}" is not a number`}:r===void 0?{clip:null,error:`"${e.trim()}" is not a number`}:i===null&&r===null?{clip:null,error:null}:i!==null&&r!==null&&!(i<r)?{clip:null,error:"the low end must be below the high end"}:{clip:[i,r],error:null}}function jb(n,e,t={}){if(t.ctrl||t.alt||t.meta)return null;let i=e.tag.toUpperCase();if(e.editable||i==="TEXTAREA"||i==="SELECT"||i==="INPUT")return null;if(n===" "||n==="Spacebar")return i==="BUTTON"||i==="A"?null:{kind:"play"};switch(n){case"ArrowLeft":return{kind:"step",delta:-1};case"ArrowRight":return{kind:"step",delta:1};case"Home":return{kind:"first"};case"End":return{kind:"latest"};case"1":return{kind:"view",view:"1d"};case"2":return{kind:"view",view:"2d"};case"3":return{kind:"view",view:"3d"};case"c":case"C":return{kind:"view",view:"compare"};case"?":return{kind:"help"};default:return null}}var Qb=["2d","3d","1d","compare","runs"],pi={run:null,tag:null,metric:null,view:null,step:null,plot:{scale:"linear",clip:null,fixed:!1,path:!0},heatmap:{style:"heatmap",aspect:"equal"},surface:{floor:!0},curve:{overlay:"none",allMetrics:!1},compare:{runs:null,diff:null},layers:{measure:"trace"},spectrum:{outliers:!0},play:{speed:2},runs:{x:null,y:null,color:null,step:null}},vr={runs:[],tags:[],runsWithTag:[],steps:[],kind:"landscape"};function qn(n){return n.steps.map(e=>e.step)}function tf(n){let e=n.steps.length;return e&&n.kind==="landscape"?n.steps[e-1].dims??null:null}function ex(n){let e=n.steps.length;return e&&n.kind==="landscape"?n.steps[e-1].metrics??[]:[]}function mi(n,e){let t=tf(e),i=n.view??(t===1?"1d":"2d");return t===1&&(i==="2d"||i==="3d")?"1d":i}function _r(n,e){return(n.compare.runs??Zb(e.runsWithTag,n.run)).filter(i=>e.runsWithTag.includes(i))}function nf(n,e){if(e.kind!=="landscape")return[];let t=mi(n,e),i=n.compare.diff;return t==="compare"&&i?.kind==="runs"?[i.a,i.b]:t==="compare"||t==="1d"&&n.curve.overlay==="runs"?_r(n,e):[]}function rf(n,e,t){if(n==="runs"){let s=t.runsWithTag,o=e.run??s[0]??"";return{kind:n,a:o,b:s.find(a=>a!==o)??o}}let i=qn(t),r=Vi(i,e.step);return{kind:n,a:i[r]??0,b:i[0]??0}}function tx(n,e,t){if(!n)return null;let i=n.run!==null&&!e.includes(n.run),r=n.run!==null&&!i?n.run:null,s=n.tag!==null&&(i||r!==null&&!t(r).includes(n.tag));return i||s?n:null}var Rs={format:n=>n??"",parse:n=>n===""?void 0:n};function Gi(n){return{format:e=>e,parse:e=>n.includes(e)?e:void 0}}var nx={format:n=>n??"",parse:n=>Qb.includes(n)?n:void 0},Ps={format:n=>n?"1":"0",parse:n=>n==="1"||n==="true"?!0:n==="0"||n==="false"?!1:void 0};function sf(n){if(n.trim()==="")return;let e=Number(n);return Number.isFinite(e)?e:void 0}var hu={format:n=>n===null?"":String(n),parse:n=>{let e=sf(n);return e!==void 0&&Number.isInteger(e)?e:void 0}};function ix(n){return{format:e=>String(e),parse:e=>{let t=sf(e);return t!==void 0&&n.includes(t)?t:void 0}}}var rx={format:n=>n?n.map(e=>e===null?"":String(e)).join(","):"",parse:n=>{let e=n.split(",");if(e.length!==2)return;let t=s=>s.trim()===""?null:sf(s)??NaN,i=t(e[0]),r=t(e[1]);if(!(Number.isNaN(i)||Number.isNaN(r)||i===null&&r===null)&&!(i!==null&&r!==null&&!(i<r)))return[i,r]}};function sx(n){try{return JSON.parse(n)}catch{return}}var ox={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=sx(n);return Array.isArray(e)&&e.every(t=>typeof t=="string")?e:void 0}},ax={format:n=>n?JSON.stringify(n):"",parse:n=>{let e=sx(n);if(typeof e!="object"||e===null)return;let t=e;if(t.kind==="runs"&&typeof t.a=="string"&&typeof t.b=="string")return{kind:"runs",a:t.a,b:t.b};if(t.kind==="steps"&&Number.isInteger(t.a)&&Number.isInteger(t.b))return{kind:"steps",a:t.a,b:t.b}}},of={format:n=>n,parse:n=>n},lx={format:n=>n??"",parse:n=>n===""?null:n},cx={format:hu.format,parse:n=>n===""?null:hu.parse(n)};function af(n){try{return decodeURIComponent(n)}catch{return null}}function lf(n){let e=n.startsWith("#")?n.slice(1):n,t={tab:null,entries:new Map};if(!e)return t;for(let i of e.split("&")){let r=i.split("=");if(r.length===1)i!==""&&(t.tab=af(i)??i);else if(r.length===2){let s=af(r[0]),o=af(r[1]);s!==null&&o!==null&&t.entries.set(s,o)}}return t}function ux(n){let e=[];n.tab!==null&&e.push(n.tab);for(let[t,i]of n.entries)e.push(`${encodeURIComponent(t)}=${encodeURIComponent(i)}`);return e.length?`#${e.join("&")}`:""}var uE={h:"hparam",l:"landscape",s:"scalar"};function fx(n){let e=/^([hls]):(.+)$/s.exec(n);return e?{kind:e[1],name:e[2]}:null}function hx(n){return`${n.kind}:${n.name}`}function ia(n){let e=fx(n);return e?`${e.name} (${uE[e.kind]})`:n}function du(n){let e=[];for(let[t,i]of[["h",n.hparams],["l",n.landscape],["s",n.scalars]])for(let r of i)e.push([hx({kind:t,name:r}),ia(hx({kind:t,name:r}))]);return e}function hE(n,e){let t=Object.values(n.runs).map(i=>Is(i,e,null)).filter(i=>i!=null);return new Set(t.map(i=>JSON.stringify(i))).size}function ra(n){let e=du(n).map(([s])=>s),t=e.filter(s=>s.startsWith("h:")),i=t.find(s=>hE(n,s)>1)??t[0]??e[0]??null,r=e.includes("l:center_loss")?"l:center_loss":e.find(s=>s!==i&&s.startsWith("l:"))??e.find(s=>s!==i)??null;return{x:i,y:r}}function px(n){let e=new Set;for(let t of Object.values(n.runs))for(let i of Object.values(t.landscape))for(let[r]of i)e.add(r);return[...e].sort((t,i)=>t-i)}function Is(n,e,t){let i=fx(e);if(!i)return;if(i.kind==="h")return n.hparams[i.name];if(i.kind==="s")return n.scalars[i.name];let r=n.landscape[i.name];if(!r||r.length===0)return;if(t===null)return r[r.length-1][1];let s;for(let[o,a]of r)o<=t&&(s=a);return s}function dE(n){return typeof n=="number"?n:n==="Infinity"?1/0:n==="-Infinity"?-1/0:NaN}var dx=new Set(["NaN","Infinity","-Infinity"]);function cf(n,e,t){let i=Object.values(n.runs).map(d=>Is(d,e,t)),r=i.filter(d=>typeof d=="string"&&!dx.has(d)),s=[...new Set(r)].sort(ta),o=d=>{if(d==null)return null;if(typeof d=="boolean")return d?1:0;if(typeof d=="string"&&!dx.has(d))return s.length?s.indexOf(d):null;if(s.length)return null;let h=dE(d);return Number.isFinite(h)?h:null},a=i.map(o).filter(d=>d!==null),l=Math.min(...a),c=Math.max(...a),u=s.length===0&&a.length>1&&l>0&&c/l>=20;return{axis:e,categories:s,toNumber:o,log:u}}function mx(n,e,t,i,r){let s=cf(n,e,r),o=cf(n,t,r),a=i?cf(n,i,r):null,l=[],c=[];for(let u of Object.keys(n.runs).sort(ta)){let d=n.runs[u],h=s.toNumber(Is(d,e,r)),f=o.toNumber(Is(d,t,r));if(h===null||f===null){c.push(u);continue}let p=a&&i?a.toNumber(Is(d,i,r)):null;l.push({run:u,x:h,y:f,c:p,openable:d.landscape_records})}return{points:l,x:s,y:o,color:a,missing:c}}function fE(n){return n==null?"–":typeof n=="number"?Number.isInteger(n)?String(n):Number(n.toPrecision(4)).toString():String(n)}function gx(n,e,t){let i=n.runs[e];if(!i)return[];let r=[e];for(let[s,o]of du(n)){let a=Is(i,s,t);a!==void 0&&r.push(`${o}: ${fE(a)}`)}return r}function uf(n,e,t){let i=n.log?Math.log10:u=>u,r=e.map(i),s=Math.min(...r),o=Math.max(...r);Number.isFinite(s)||([s,o]=[0,1]),n.categories.length&&([s,o]=[0,Math.max(0,n.categories.length-1)]),o-s<1e-12*Math.max(1,Math.abs(s))&&([s,o]=[s-.5,o+.5]);let a=(o-s)*.05;[s,o]=[s-a,o+a];let l=u=>(i(u)-s)/(o-s),c=n.categories.length?n.categories.map((u,d)=>({at:l(d),label:u})):t(n.log?10**s:s,n.log?10**o:o,n.log).map(u=>({at:l(u.value),label:u.label}));return{at:l,ticks:c.filter(u=>u.at>=-1e-9&&u.at<=1+1e-9)}}function oa(n,e){let t=mi(n,e);return{state:n,loaded:e,view:t,dims:tf(e),metrics:ex(e),diffing:e.kind==="landscape"&&t==="compare"&&n.compare.diff!==null,kind:e.kind}}function Ut(n,e){return{get:t=>t[n][e],set:(t,i)=>({...t,[n]:{...t[n],[e]:i}})}}function sa(n){return{get:e=>e[n],set:(e,t)=>({...e,[n]:t})}}var bx=()=>!0,Yn=n=>n.kind==="landscape",xx=()=>!1,hf=n=>n.map(e=>[e,e]),pE=[["2d","2D","Heatmap or filled contours (key 2)"],["3d","3D","Surface (key 3)"],["1d","1D","Curves; slices through the centre of a 2D landscape (key 1)"],["compare","Compare","Runs side by side, or a difference map (key c)"],["runs","Runs","One point per run: hyperparameters against landscape measures; a click opens a run"]];function df(n){return n.loaded.runsTable?du(n.loaded.runsTable):[]}var fu=n=>n.view==="runs";function mE(n){let e=[["none","none"],["steps","other steps"],["runs","compared runs"]];return Ca(n.state.tag,n.loaded.tags).length||n.state.curve.overlay==="paths"?[...e,["paths","other paths","The other tags with this prefix on one axis (paths between two models), each path's barrier marked"]]:e}var yx=[1,2,5,10];function vx(n){return n.state.compare.diff?.kind==="steps"?qn(n.loaded).map(e=>[String(e),`step ${e}`]):n.loaded.runsWithTag.map(e=>[e,e])}function _x(n,e,t){let i=n.compare.diff;if(!i)return n;let r=i.kind==="runs"?{...i,[e]:t}:{...i,[e]:Number(t)};return{...n,compare:{...n.compare,diff:r}}}var aa={run:{id:"run",place:"toolbar",testid:"run-select",key:"run",codec:Rs,...sa("run"),control:{kind:"select",label:"Run",choices:n=>hf(n.loaded.runs)},shown:n=>n.loaded.runs.length>0,selects:!0},tag:{id:"tag",place:"toolbar",testid:"tag-select",key:"tag",codec:Rs,...sa("tag"),control:{kind:"select",label:"Tag",choices:n=>hf(n.loaded.tags)},shown:n=>n.loaded.runs.length>0,selects:!0},metric:{id:"metric",place:"toolbar",testid:"metric-select",key:"metric",codec:Rs,...sa("metric"),control:{kind:"select",label:"Metric",choices:n=>hf(n.metrics)},shown:n=>n.metrics.length>1,adopt:!0},view:{id:"view",place:"toolbar",testid:"view-switch",key:"view",codec:nx,...sa("view"),control:{kind:"buttons",label:"View",choices:pE,enabled:(n,e)=>!(n.dims===1&&(e==="2d"||e==="3d"))},shows:n=>n.view,shown:Yn},step:{id:"step",place:"evolution",testid:"step-slider",key:"step",codec:hu,...sa("step"),control:null,shown:xx},style:{id:"style",place:"options",testid:"style-select",key:"style",codec:Gi(["heatmap","filled"]),...Ut("heatmap","style"),control:{kind:"select",label:"Style",choices:[["heatmap","heatmap + isolines"],["filled","filled contours"]]},shown:n=>Yn(n)&&(n.view==="2d"||n.view==="compare"&&n.dims===2)},aspect:{id:"aspect",place:"options",testid:"aspect-select",key:"aspect",codec:Gi(["equal","fill"]),...Ut("heatmap","aspect"),control:{kind:"select",label:"Aspect",choices:[["equal","equal units","Axes in the same unit keep equal scales: a round basin stays round"],["fill","fill the space","The plot fills the space; the axes' scales may differ"]]},shown:n=>Yn(n)&&(n.view==="2d"||n.diffing&&n.dims===2)},scale:{id:"scale",place:"options",testid:"scale-select",key:"scale",codec:Gi(["linear","log"]),...Ut("plot","scale"),control:{kind:"select",label:"Scale",title:"Colour scale (in Compare: the one colour bar of all tiles; in Layers: the bars' axis and the heatmap's colours)",choices:[["linear","linear"],["log","log"]]},shown:n=>Yn(n)&&!n.diffing||n.kind==="sensitivity"},clip:{id:"clip",place:"options",testid:"clip",key:"clip",codec:rx,...Ut("plot","clip"),control:{kind:"range",label:"Clip",title:"Colour range (empty: automatic)"},shown:Yn},fixed:{id:"fixed",place:"options",testid:"fixed-range",key:"fixed",codec:Ps,...Ut("plot","fixed"),control:{kind:"toggle",label:"fixed across steps",title:"One colour range for all steps (min / max over every step), instead of each step's own"},shown:n=>Yn(n)&&!n.diffing},path:{id:"path",place:"options",testid:"show-path",key:"path",codec:Ps,...Ut("plot","path"),control:{kind:"toggle",label:"path",title:"Show the optimizer's path"},shown:n=>Yn(n)&&!n.diffing},floor:{id:"floor",place:"options",testid:"floor-contours",key:"floor",codec:Ps,...Ut("surface","floor"),control:{kind:"toggle",label:"floor contours",title:"Contour lines on the floor under the surface"},shown:n=>Yn(n)&&n.view==="3d"},overlay:{id:"overlay",place:"options",testid:"overlay-select",key:"overlay",codec:Gi(["none","steps","runs","paths"]),...Ut("curve","overlay"),control:{kind:"select",label:"Overlay",title:"More curves on the 1D view",choices:mE},shown:n=>Yn(n)&&n.view==="1d"},allMetrics:{id:"allMetrics",place:"options",testid:"all-metrics",key:"allm",codec:Ps,...Ut("curve","allMetrics"),control:{kind:"toggle",label:"all metrics",title:"One panel per metric, stacked, sharing the x axis"},shown:n=>Yn(n)&&n.view==="1d"&&n.metrics.length>1},measure:{id:"measure",place:"options",testid:"measure-select",key:"measure",codec:Gi(["trace","top_eigenvalue"]),...Ut("layers","measure"),control:{kind:"select",label:"Measure",title:"What the bars and the heatmap show, per parameter group",choices:[["trace","Hessian trace","Hutchinson estimate of the trace of the group's Hessian block, with its standard error"],["top_eigenvalue","top eigenvalue","Largest eigenvalue of the group's Hessian block"]]},shown:n=>n.kind==="sensitivity"},outliers:{id:"outliers",place:"options",testid:"show-outliers",key:"outliers",codec:Ps,...Ut("spectrum","outliers"),control:{kind:"toggle",label:"outliers",title:"Mark the outliers: the top eigenvalues resolved above the bulk"},shown:n=>n.kind==="spectrum"},speed:{id:"speed",place:"evolution",testid:"speed-select",key:"speed",codec:ix(yx),...Ut("play","speed"),control:{kind:"select",label:"Speed",title:"Steps per second while playing",choices:yx.map(n=>[n,`${n} step${n===1?"":"s"}/s`])},shown:bx},compareRuns:{id:"compareRuns",place:"compare",testid:"compare-runs",key:"compare",codec:ox,...Ut("compare","runs"),control:{kind:"checklist",label:"Runs",choices:n=>n.loaded.runsWithTag.map(e=>[e,e])},shows:n=>_r(n.state,n.loaded),shown:n=>!n.diffing},compareMode:{id:"compareMode",place:"compare",testid:"compare-mode",key:null,codec:Gi(["tiles","diff"]),control:{kind:"select",label:"Show",choices:[["tiles","side by side"],["diff","difference"]]},get:n=>n.compare.diff?"diff":"tiles",set:(n,e,t)=>({...n,compare:{...n.compare,diff:e==="diff"?n.compare.diff??rf("runs",n,t.loaded):null}}),shown:bx},diff:{id:"diff",place:"compare",testid:"diff",key:"diff",codec:ax,...Ut("compare","diff"),control:null,shown:xx},diffKind:{id:"diffKind",place:"compare",testid:"diff-kind",key:null,codec:Gi(["runs","steps"]),control:{kind:"select",label:"Difference of",choices:[["runs","two runs, same step"],["steps","two steps, same run"]]},get:n=>n.compare.diff?.kind??"runs",set:(n,e,t)=>({...n,compare:{...n.compare,diff:rf(e,n,t.loaded)}}),shown:n=>n.diffing},diffA:{id:"diffA",place:"compare",testid:"diff-a",key:null,codec:of,control:{kind:"select",label:"A",choices:vx},get:n=>String(n.compare.diff?.a??""),set:(n,e)=>_x(n,"a",e),shown:n=>n.diffing},diffB:{id:"diffB",place:"compare",testid:"diff-b",key:null,codec:of,control:{kind:"select",label:"B",choices:vx},get:n=>String(n.compare.diff?.b??""),set:(n,e)=>_x(n,"b",e),shown:n=>n.diffing},runsX:{id:"runsX",place:"runs",testid:"runs-x",key:"rx",codec:Rs,...Ut("runs","x"),control:{kind:"select",label:"x",choices:df},shows:n=>n.state.runs.x??(n.loaded.runsTable?ra(n.loaded.runsTable).x:null),shown:fu},runsY:{id:"runsY",place:"runs",testid:"runs-y",key:"ry",codec:Rs,...Ut("runs","y"),control:{kind:"select",label:"y",choices:df},shows:n=>n.state.runs.y??(n.loaded.runsTable?ra(n.loaded.runsTable).y:null),shown:fu},runsColor:{id:"runsColor",place:"runs",testid:"runs-color",key:"rc",codec:lx,...Ut("runs","color"),control:{kind:"select",label:"Colour",choices:n=>[[null,"none"],...df(n)]},shown:fu},runsStep:{id:"runsStep",place:"runs",testid:"runs-step",key:"rstep",codec:cx,...Ut("runs","step"),control:{kind:"select",label:"Landscape scalars at",title:"The landscape scalars' values at this step (the last one at or before it), or each run's final one",choices:n=>[[null,"final"],...(n.loaded.runsTable?px(n.loaded.runsTable):[]).map(e=>[e,`step ${e}`])]},shown:n=>fu(n)&&(n.loaded.runsTable?.landscape.length??0)>0}},ff=Object.values(aa),Mx=ff.filter(n=>n.key!==null),Sx=n=>`p.${n}.`;function wx(n,e="landscape"){let t=lf(n).entries,i=oa(pi,vr),r=pi;for(let s of Mx){let o=t.get(Sx(e)+s.key),a=o===void 0?void 0:s.codec.parse(o);a!==void 0&&(r=s.set(r,a,i))}return r}function gE(n){let e=[];for(let t of Mx){let i=t.codec.format(t.get(n));i!==""&&i!==t.codec.format(t.get(pi))&&e.push([t.key,i])}return e}function Ax(n,e,t="landscape"){let i=lf(n),r=Sx(t),s=new Map([...i.entries].filter(([o])=>!o.startsWith(r)));for(let[o,a]of gE(e))s.set(r+o,a);return ux({tab:i.tab,entries:s})}function pf(n){return[...n].sort(ta)}function bE(n,e,t,i){let r=Z("input",{type:"checkbox","data-testid":e});return r.checked=t,{label:Z("label",{class:"tbl-check",title:i},[r,n]),input:r}}function Sn(n,e,t){return Z("button",{type:"button",class:"tbl-button","data-testid":e,title:t},[n])}function Tx(n,e,t){return Z("input",{type:"number",step:"any",class:"tbl-number","data-testid":n,placeholder:e,"aria-label":t,autocomplete:"off"})}function mf(n,e){return typeof n=="function"?n(e):n}function Ls(n,e){return n.shows?n.shows(e):n.get(e.state)}function Ex(n){let e=n.control;if(!e)throw new Error(`option ${n.id} has no control`);switch(e.kind){case"select":return xE(n,e.label,e.choices,e.title);case"toggle":return yE(n,e.label,e.title);case"range":return vE(n,e.label,e.title);case"buttons":return _E(n,e);case"checklist":return ME(n,e.label,e.choices)}}function xE(n,e,t,i){let r=Z("select",{"data-testid":n.testid,title:i}),s=Z("label",{},[e,r]),o="";return{option:n,element:s,sync:a=>{s.hidden=!n.shown(a);let l=mf(t,a),c=l.map(([f,p,x])=>`${n.codec.format(f)}\0${p}\0${x??""}`).join("");c!==o&&(r.replaceChildren(...l.map(([f,p,x])=>Object.assign(new Option(p,n.codec.format(f)),{title:x??""}))),o=c);let u=n.codec.format(Ls(n,a)),d=l.map(([f])=>n.codec.format(f)),h=d.includes(u)?u:d[0];if(h!==void 0)return r.value=h,n.codec.parse(h)},onChange:a=>r.addEventListener("change",()=>{let l=n.codec.parse(r.value);l!==void 0&&a(l)})}}function yE(n,e,t){let{label:i,input:r}=bE(e,n.testid,n.get(pi),t);return{option:n,element:i,sync:s=>(i.hidden=!n.shown(s),r.checked=Ls(n,s),r.checked),onChange:s=>r.addEventListener("change",()=>s(r.checked))}}function vE(n,e,t){let i=Tx(`${n.testid}-lo`,"auto",`${t??e}: low end`),r=Tx(`${n.testid}-hi`,"auto",`${t??e}: high end`),s=Sn("reset",`${n.testid}-reset`,"Automatic range"),o=Z("span",{class:"tbl-clip",role:"group","aria-label":t??e},[e,i,"–",r,s]),a=null,l=c=>{i.value=c?.[0]===null||!c?"":String(c[0]),r.value=c?.[1]===null||!c?"":String(c[1]),a=n.codec.format(c)};return{option:n,element:o,sync:c=>{o.hidden=!n.shown(c);let u=Ls(n,c);return n.codec.format(u)!==a&&l(u),u},onChange:c=>{let u=()=>{let{clip:d,error:h}=Jb(i.value,r.value),f=h!==null||i.validity.badInput||r.validity.badInput;for(let p of[i,r])p.setAttribute("aria-invalid",String(f));o.title=f?`${e} range ignored: ${h??"not a number"}`:"",!f&&(a=n.codec.format(d),c(d))};i.addEventListener("change",u),r.addEventListener("change",u),s.addEventListener("click",()=>{i.value=r.value="",u()})}}}function _E(n,e){let t=Z("div",{class:"tbl-segmented",role:"group","aria-label":e.label,"data-testid":n.testid}),i=[],r=[];for(let[s,o,a]of mf(e.choices,oa(pi,vr))){let l=Sn(o,`${n.id}-${n.codec.format(s)}`,a);l.setAttribute("aria-pressed","false"),l.addEventListener("click",()=>r.forEach(c=>c(s))),i.push([s,l]),t.append(l)}return{option:n,element:t,sync:s=>{t.hidden=!n.shown(s);let o=n.codec.format(Ls(n,s));for(let[a,l]of i)l.setAttribute("aria-pressed",String(n.codec.format(a)===o)),l.disabled=e.enabled?!e.enabled(s,a):!1;return Ls(n,s)},onChange:s=>r.push(s)}}function ME(n,e,t){let i=Z("fieldset",{class:"tbl-compare-runs","data-testid":n.testid},[Z("legend",{},[e])]),r=()=>Array.from(i.querySelectorAll("input[type=checkbox]"));return{option:n,element:i,sync:s=>{i.hidden=!n.shown(s);let o=mf(t,s),a=r();(a.length!==o.length||a.some((c,u)=>c.value!==o[u][0]))&&i.replaceChildren(Z("legend",{},[e]),...o.map(([c,u])=>Z("label",{class:"tbl-check",title:u},[Z("input",{type:"checkbox",value:c}),u])));let l=new Set(Ls(n,s)??[]);for(let c of r())c.checked=l.has(c.value);return[...l]},onChange:s=>i.addEventListener("change",()=>s(r().filter(o=>o.checked).map(o=>o.value)))}}function gf(n,e){let t=URL.createObjectURL(n),i=Z("a",{href:t,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(t),3e4)}var SE='500 14px Roboto, "Helvetica Neue", Arial, sans-serif',Cx=18,Rx=8,Px=6;function Ix(n=document.documentElement){let e=getComputedStyle(n);return{bg:Ku(n),fg:e.getPropertyValue("--tbl-fg").trim()||e.color||"#212121"}}function wE(n,e,t=Ix(),i=qs()){let r=document.createElement("canvas"),s=r.getContext("2d");if(!s)throw new Error("canvas 2D context unavailable");let o=t.font??SE;s.font=o;let a=n.width/i,l=e?$b(e,Math.max(40,a-2*Rx),u=>s.measureText(u).width):[],c=l.length?Math.ceil((l.length*Cx+2*Px)*i):0;return r.width=n.width,r.height=n.height+c,s.fillStyle=t.bg,s.fillRect(0,0,r.width,r.height),s.drawImage(n,0,c),s.setTransform(i,0,0,i,0,0),s.font=o,s.fillStyle=t.fg,s.textBaseline="middle",s.textAlign="left",l.forEach((u,d)=>s.fillText(u,Rx,Px+(d+.5)*Cx)),r}async function AE(n){if(typeof createImageBitmap=="function")return createImageBitmap(n);let e=URL.createObjectURL(n);try{let t=new Image;return t.src=e,await t.decode(),t}finally{URL.revokeObjectURL(e)}}async function bf(n,e,t=Ix(),i=qs()){let r=n instanceof Blob?await AE(n):n;try{return await Zu(wE(r,e,t,i))}finally{typeof ImageBitmap<"u"&&r instanceof ImageBitmap&&r.close()}}var Ns=class extends Error{constructor(){super("cancelled"),this.name="CancelledError"}},gi=n=>kb(n.run,n.tag,n.step,n.wallTime),pu=class{constructor(e,t=zb(),i=2){this.fetchFrame=e;this.cache=t;this.maxInFlight=i;this.pending=new Map;this.running=new Map;this.counter=0}get inFlight(){return this.running.size}get queued(){return this.pending.size}cached(e){return this.cache.get(gi(e))}isHeld(e){let t=gi(e);return this.cache.has(t)||this.running.has(t)||this.pending.has(t)}load(e){let t=gi(e),i=this.cache.get(t);if(i)return Promise.resolve(i);let r=this.running.get(t);if(r)return r;let s=this.pending.get(t)??this.newJob(t,e);return s.foreground=!0,s.order=++this.counter,this.pump(),s.promise}prefetch(e){let t=new Set(e.map(gi));for(let[i,r]of this.pending)!r.foreground&&!t.has(i)&&this.drop(r);for(let i of e){let r=gi(i);if(this.cache.has(r)||this.running.has(r))continue;let s=this.pending.get(r)??this.newJob(r,i);s.foreground||(s.order=++this.counter)}this.pump()}cancelPending(){for(let e of[...this.pending.values()])this.drop(e)}newJob(e,t){let i,r,s=new Promise((a,l)=>{i=a,r=l});s.catch(()=>{});let o={key:e,ref:t,foreground:!1,order:0,promise:s,resolve:i,reject:r};return this.pending.set(e,o),o}drop(e){this.pending.delete(e.key),e.reject(new Ns)}next(){let e=null;for(let t of this.pending.values())e?t.foreground!==e.foreground?t.foreground&&(e=t):(t.foreground?t.order>e.order:t.order<e.order)&&(e=t):e=t;return e}pump(){for(;this.running.size<this.maxInFlight;){let e=this.next();if(!e)return;this.pending.delete(e.key);let t=(async()=>this.fetchFrame(e.ref))();this.running.set(e.key,e.promise),t.then(i=>{this.cache.set(e.key,i),this.running.delete(e.key),e.resolve(i),this.pump()},i=>{this.running.delete(e.key),e.reject(i),this.pump()})}}};var TE=["import tb_landscape as tbl","from torch.utils.tensorboard import SummaryWriter","",'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',"for step, (x, y) in enumerate(loader):","    ...; optimizer.step()","    logger.step(step)  # cheap when no landscape is due","logger.close()"].join(`
`),xf=[["← / →","previous / next step"],["Home / End","first / latest step"],["Space","play / pause"],["2  3  1  c","2D / 3D / 1D / Compare view"],["?","this help"]];function Lx(){return[Z("div",{class:"tbl-help-title"},["Keyboard (focus outside the inputs)"]),Z("dl",{},xf.flatMap(([n,e])=>[Z("dt",{},[n]),Z("dd",{},[e])]))]}function Nx(){return[Z("h2",{},["No loss landscapes yet"]),Z("p",{},["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),Z("pre",{},[Z("code",{},[TE])])]}function Dx(n){return n instanceof Us?`Server error ${n.message}`:n instanceof Error?`${n.name==="FrameError"?"Unreadable record":"Error"}: ${n.message}`:`Error: ${String(n)}`}function Fx(){let n={get:()=>window.location.hash,set:e=>{let t=new URL(window.location.href);t.hash=e,window.history.replaceState(window.history.state,"",t.toString())}};try{if(window.parent===window)return n;let e=window.parent;return e.location.hash,{get:()=>e.location.hash,set:t=>{let i=new URL(e.location.href);i.hash=t,e.history.replaceState(e.history.state,"",i.toString())}}}catch{return n}}var mu=class{constructor(e){this.host=e;this.timer=null}get playing(){return this.timer!==null}toggle(){this.playing?this.stop():this.start()}start(){let e=this.host.count();this.playing||e<2||(this.host.index()>=e-1&&this.host.go(0),this.schedule(1e3/this.host.speed()),this.host.changed(!0))}retime(){this.timer!==null&&(clearTimeout(this.timer),this.schedule(1e3/this.host.speed()))}stop(){this.timer!==null&&(clearTimeout(this.timer),this.timer=null,this.host.changed(!1))}schedule(e){this.timer=setTimeout(()=>this.tick(),e)}tick(){if(!this.host.drawn()){this.schedule(40);return}let e=this.host.index(),t=this.host.count()-1;if(e<t&&this.host.go(e+1),e+1>=t){this.stop();return}this.schedule(1e3/this.host.speed())}};var Yt={top:14,right:20,bottom:46,left:70},yf=6,EE=14,CE=20;function Ox(n,e,t){return t?Xu([n,e],6):_t([n,e],6)}var gu=class{constructor(e){this.onOpen=e;this.element=Z("div",{class:"tbl-scatter"});this.svg=Re("svg",{"data-testid":"runs-scatter",class:"tbl-scatter-svg",role:"img"});this.readoutEl=Z("div",{class:"tbl-readout tbl-runs-readout","data-testid":"runs-readout"});this.colorbar=Z("div",{class:"tbl-runs-colorbar","data-testid":"runs-colorbar",hidden:!0});this.placed=[];this.opts=null;this.hovered=null;this.element.append(this.svg,this.colorbar,this.readoutEl),this.svg.addEventListener("mousemove",t=>this.hover(this.nearest(t))),this.svg.addEventListener("mouseleave",()=>this.hover(null)),this.svg.addEventListener("click",t=>{let i=this.nearest(t);i?.openable&&this.onOpen(i.run)})}draw(e,t){this.opts=t;let i=Math.max(200,t.width-Yt.left-Yt.right),r=Math.max(150,t.height-Yt.top-Yt.bottom);this.svg.setAttribute("width",String(i+Yt.left+Yt.right)),this.svg.setAttribute("height",String(r+Yt.top+Yt.bottom));let s=uf(e.x,e.points.map(l=>l.x),Ox),o=uf(e.y,e.points.map(l=>l.y),Ox),a=this.colors(e);this.svg.replaceChildren(Re("rect",{class:"tbl-frame",x:Yt.left,y:Yt.top,width:i,height:r}),Cn({side:"bottom",x:Yt.left,y:Yt.top+r,length:i,ticks:Ux(s,i,!1),title:t.xTitle,titleOffset:34}),Cn({side:"left",x:Yt.left,y:Yt.top,length:r,ticks:Ux(o,r,!0),title:t.yTitle,titleOffset:54})),this.placed=e.points.map(l=>{let c=Yt.left+s.at(l.x)*i,u=Yt.top+(1-o.at(l.y))*r,d=a&&l.c!==null?yt(a.color(l.c)):null,h=Re("circle",{class:`tbl-run-point${l.openable?" tbl-openable":""}${d?"":" tbl-run-plain"}`,cx:c.toFixed(1),cy:u.toFixed(1),r:yf,"data-run":l.run,style:d?`fill:${d}`:null},[Re("title",{},[l.openable?`${l.run} (click: open its landscape)`:l.run])]);return this.svg.append(h),e.points.length<=CE&&this.svg.append(Re("text",{class:"tbl-run-label",x:(c+yf+3).toFixed(1),y:(u-yf).toFixed(1)},[l.run])),{run:l.run,px:c,py:u,openable:l.openable,el:h}}),this.element.dataset.points=String(this.placed.length),this.hover(this.placed.some(l=>l.run===this.hovered)?this.hovered:null)}colors(e){let t=e.points.map(c=>c.c).filter(c=>c!==null),i=e.color!==null&&t.length>0;if(this.colorbar.hidden=!i,!i)return null;let[r,s]=[Math.min(...t),Math.max(...t)];s===r&&([r,s]=[r-.5,s+.5]);let o=new gn([r,s],{scale:e.color.log?"log":"linear"}),a=c=>e.color.categories.length?e.color.categories[Math.round(c)]??"":Ye(c),l=[0,.25,.5,.75,1].map(c=>o.interpolate(c)).join(",");return this.colorbar.replaceChildren(Z("span",{},[this.opts?.colorTitle??""]),Z("span",{},[a(Math.min(...t))]),Z("span",{class:"tbl-runs-gradient",style:`background:linear-gradient(to right,${l})`}),Z("span",{},[a(Math.max(...t))])),o}nearest(e){let t=this.svg.getBoundingClientRect(),i=e.clientX-t.left,r=e.clientY-t.top,s=null,o=EE**2;for(let a of this.placed){let l=(a.px-i)**2+(a.py-r)**2;l<=o&&([s,o]=[a,l])}return s}hover(e){let t=typeof e=="string"?e:e?.run??null;this.hovered=t;for(let r of this.placed)r.el.classList.toggle("tbl-hovered",r.run===t);this.svg.style.cursor=this.placed.find(r=>r.run===t)?.openable?"pointer":"";let i=t&&this.opts?this.opts.readout(t):[];this.readoutEl.replaceChildren(...i.map((r,s)=>Z(s===0?"strong":"span",{},[r]))),this.readoutEl.dataset.run=t??""}dispose(){this.element.remove()}};function Ux(n,e,t){return n.ticks.map(i=>({pos:t?(1-i.at)*e:i.at*e,label:i.label}))}var Bx={width:320,height:280},RE=16,PE=110,bu=class{constructor(e){this.element=Z("div",{class:"tbl-runs","data-testid":"runs-view",hidden:!0});this.message=Z("div",{class:"tbl-note","data-testid":"runs-message"});this.plot=new gu(e),this.element.append(this.message,this.plot.element)}draw(e,t){this.element.hidden=!1;let{step:i,color:r}=t.runs,s=ra(e),o=t.runs.x??s.x,a=t.runs.y??s.y;if(o===null||a===null)return this.message.textContent="No run has hyperparameters or scalars to plot yet.",this.plot.element.hidden=!0,0;let l=mx(e,o,a,r,i),c=i===null?"":` (landscape scalars at step ${i})`;this.message.textContent=l.missing.length?`${l.points.length} run${l.points.length===1?"":"s"}${c}; not drawn, without both values: ${l.missing.join(", ")}`:`${l.points.length} run${l.points.length===1?"":"s"}${c}. Hover a point for its values; click one to open its landscape.`,this.plot.element.hidden=!1;let u=this.element.getBoundingClientRect().top+window.scrollY;return this.plot.draw(l,{xTitle:ia(o),yTitle:ia(a),colorTitle:r?ia(r):null,width:Math.max(Bx.width,Math.min(1100,(this.element.parentElement?.clientWidth??800)-32)),height:Math.max(Bx.height,window.innerHeight-u-RE-PE),readout:d=>gx(e,d,i)}),l.points.length}hide(){this.element.hidden=!0}};var IE=1e-9;function vf(n,e){if(n.header.dims!==e.header.dims)return`A is ${n.header.dims}D and B is ${e.header.dims}D`;if(n.nx!==e.nx||n.ny!==e.ny){let i=r=>r.header.dims===2?`${r.nx} x ${r.ny}`:`${r.nx}`;return`the grids differ: A has ${i(n)} points, B has ${i(e)}`}let t=["x","y"];for(let i=0;i<n.header.axes.length;i++){let r=n.header.axes[i].coords,s=e.header.axes[i].coords;for(let o=0;o<r.length;o++){let a=Math.max(1,Math.abs(r[o]),Math.abs(s[o]));if(!(Math.abs(r[o]-s[o])<=IE*a))return`the ${t[i]} coordinates differ (point ${o}: ${r[o]} in A, ${s[o]} in B)`}}return null}function LE(n,e){if(n.length!==e.length)throw new RangeError(`lengths differ: ${n.length} and ${e.length}`);let t=new Float32Array(n.length);for(let i=0;i<n.length;i++)t[i]=n[i]-e[i];return t}function _f(n){let e=Cr(n);if(!e)return null;let t=Math.max(Math.abs(e[0]),Math.abs(e[1]));return t>0?[-t,t]:[-1,1]}function kx(n,e,t,i={a:"A",b:"B"}){let r=vf(n,e);if(r)return{ok:!1,error:`Cannot subtract ${i.b} from ${i.a}: ${r.replace(/\bA\b/g,i.a).replace(/\bB\b/g,i.b)}.`};let s=n.header.metrics.indexOf(t),o=e.header.metrics.indexOf(t);if(s<0||o<0)return{ok:!1,error:`Cannot subtract: ${s<0?i.a:i.b} has no metric "${t}".`};let a=LE(zt(n,s),zt(e,o));return{ok:!0,frame:{header:{...n.header,metrics:[`${t} (${i.a} − ${i.b})`],shape:n.header.dims===2?[1,n.ny,n.nx]:[1,n.nx],trajectory:null},values:a,metricCount:1,nx:n.nx,ny:n.ny},domain:_f(a)}}var zx={metric:0,scale:"linear",domain:null,palette:"sequential",style:"heatmap",path:!0,floorContours:!0,overlays:[],allMetrics:!1,maxSide:480,fit:null,aspect:"equal",colorbar:!0};function xu(n,e,t,i){let r=e?Math.max(0,e.header.metrics.indexOf(n.metric??"")):0;return{...zx,metric:r,scale:n.plot.scale,domain:t,style:n.heatmap.style,aspect:n.heatmap.aspect,path:n.plot.path,floorContours:n.surface.floor,overlays:[],fit:i}}function wf(n,e){let t=n?n.header.metrics.indexOf(e):-1;return n&&t>=0?Cr(zt(n,t)):null}function Af(n,e,t,i,r=!1){if(n.fixed){let s=na(i);if(s)return ef(s,n.clip)}return!n.clip&&t.length<=1&&!r?null:ef(na(t.map(s=>wf(s,e))),n.clip)}function Vx(n,e,t,i){let r=Af(n,e,t,i,!0);if(!r)return null;let s=r[0];if(n.scale==="log"&&s<=0){let o=1/0;for(let a of t){let l=a?a.header.metrics.indexOf(e):-1,c=a&&l>=0?fm(zt(a,l)):null;c!==null&&c<=r[1]&&c<o&&(o=c)}s=o<1/0?o:r[1]/10}return Fr([],[s,r[1]],n.scale)}function Gx(n){let e=n.filter(o=>o.extent!==null);if(e.length<2)return null;let t=na(e.map(o=>o.extent)),i=t[1]-t[0];if(!(i>0))return null;let r=e.reduce((o,a)=>a.extent[1]>o.extent[1]?a:o),s=e.filter(o=>o!==r&&o.extent[1]-o.extent[0]<i/10).map(o=>o.run);return s.length?{run:r.run,max:r.extent[1],flat:s}:null}function Hx(n){let e=n.flat.length===1?n.flat[0]:`${n.flat.length} other runs`;return`${n.run} reaches ${Ye(n.max)}: on this linear scale ${e} ${n.flat.length===1?"looks":"look"} flat.`}function Wx(n,e,t,i){let r=n.method==="pca"||e.method==="pca",s=n.frame_id&&e.frame_id&&n.frame_id!==e.frame_id,o=n.seed!==null&&e.seed!==null&&n.seed!==e.seed;if(!r&&!s&&!o)return null;let a=r?"PCA directions come from each run's own path, so the axes point in different directions of weight space, over different ranges":o?`their directions were drawn with different seeds (${n.seed} and ${e.seed})`:`their directions are not the same (frame ${n.frame_id} and ${e.frame_id})`;return`${t} and ${i} each have their own plane: ${a}. A point of one is not the same point of the other, so they cannot be subtracted. For a difference, log the runs on a shared frame: random directions drawn once with the same seed on the same architecture (LandscapeLogger's default frame="fixed" with one seed for all runs), or the same direction tensors passed to every run. Side by side shows these planes as they are.`}function $x(n,e){let[t,i]=n.header.axes,r=Vu(Jn(t,n.header.method))-40;if(n.header.dims===1||!i)return r;let s=ih(_i(t.coords),_i(i.coords),t.unit===i.unit,e)??1;return Math.max(r,(Vu(Jn(i,n.header.method))-40)/s)}var Mr={width:72,height:70},Xx=110,Mf=20,NE=16,DE=280,FE=180;function qx(n,e,t,i=1){let r=Math.max(1,n),s={columns:1,plot:-1/0};for(let h=1;h<=r;h++){let f=OE(r,h,e,i);f>s.plot&&(s={columns:h,plot:f})}if(s.plot>=FE){let h=Sf(s.columns,e);return{columns:s.columns,fit:{width:h,height:Math.floor(s.plot*i)+Mr.height}}}let o=Math.max(DE,t),a=Math.max(1,Math.floor((e.width+Mf)/(o+Mr.width+Mf))),l=Math.ceil(r/Math.min(r,a)),c=Math.ceil(r/l),u=Sf(c,e),d=Math.max(Math.ceil(o*i)+Mr.height,e.height-Xx);return{columns:c,fit:{width:u,height:Math.min(d,u-Mr.width+Mr.height)}}}function Sf(n,e){return Math.floor((e.width-(n-1)*Mf)/n)}function OE(n,e,t,i=1){let r=Math.ceil(n/e),o=Math.floor((t.height-(r-1)*NE)/r)-Xx-Mr.height;return Math.floor(Math.min(Sf(e,t)-Mr.width,o/i))}var UE=360,BE=20,kE=300;function Yx(n,e,t){return t?{...n,width:Math.max(kE,Math.min(n.width,e.width-UE-BE))}:n}function yu(n,e){return n.curve.overlay==="paths"&&mi(n,e)==="1d"}function Ds(n,e){return yu(n,e)?Ca(n.tag,e.tags).filter(t=>t!==n.tag):[]}function Kx(n,e){return Ds(n,e).some(t=>!e.tagSteps?.[t])}function Zx(n,e,t){let i=n.run;if(i===null)return[];let r=[];for(let s of Ds(n,e)){let o=e.tagSteps?.[s]??[],a=cu(o.map(c=>c.step),n.step===null?null:t),l=o.find(c=>c.step===a);l&&l.dims===1&&r.push({ref:{run:i,tag:s,step:l.step,wallTime:l.wall_time},label:Vs(s)})}return r}async function Jx(n,e,t){let i=await Promise.all(t.map(s=>n.steps(e,s).catch(()=>null))),r={};return t.forEach((s,o)=>{let a=i[o];a&&(r[s]=a.steps)}),r}var Tf="";function Hi(n,e,t){return{run:e,tag:n,step:t.step,wallTime:t.wall_time}}function zE(n){return[n.method&&`method: ${n.method}`,n.normalization&&`normalization: ${n.normalization}`,n.seed!==null&&`seed: ${n.seed}`,n.bn_mode&&`BatchNorm: ${n.bn_mode}`,n.data_description&&`data: ${n.data_description}`].filter(Boolean).join(" · ")}function jx(n,e){let{state:t,loaded:i}=n;if(t.run===null||t.tag===null||i.steps.length===0)return null;let r=Vi(i.steps.map(u=>u.step),t.step),s=i.steps[r],o=mi(t,i);if(o==="runs")return null;let a=e.space(),l=JSON.stringify([o,t.metric,t.plot,t.heatmap,t.surface,t.curve,a]);return{...o!=="compare"?GE(n,e,o,r,a,l):t.compare.diff?$E(n,e,s,a,l):HE(n,e,s,a,l),space:JSON.stringify(a)}}function Ef(n,e,t){let i=n.stepsOf(e),r=cu(i.map(s=>s.step),n.state.step===null?null:t);return i.find(s=>s.step===r)}function VE(n,e){let{state:t,loaded:i}=n,r=t.run,s=t.tag,o=[],a=[];if(t.curve.overlay==="steps")for(let l of Kb(i.steps.length,e))o.push({ref:Hi(s,r,i.steps[l]),optional:!0}),a.push(`step ${i.steps[l].step}`);else if(t.curve.overlay==="runs")for(let l of _r(t,i)){let c=l===r?void 0:Ef(n,l,i.steps[e].step);c&&(o.push({ref:Hi(s,l,c),optional:!0}),a.push(`${l} · step ${c.step}`))}else if(yu(t,i))for(let l of Zx(t,i,i.steps[e].step))o.push({ref:l.ref,optional:!0}),a.push(l.label);return{needs:o,labels:a}}function GE(n,e,t,i,r,s){let{state:o,loaded:a}=n,l=o.run,c=a.steps[i],u=t==="1d"?VE(n,i):{needs:[],labels:[]},d=[{ref:Hi(o.tag,l,c)},...u.needs];return{key:["main",s,...d.map(h=>gi(h.ref))].join(Tf),step:c.step,needs:d,draw:h=>{let f=h[0],p=[],x=yu(o,a),g=I=>!x||I.header.dims===1&&I.header.method===f.header.method;h.slice(1).forEach((I,O)=>I&&g(I)&&p.push({label:u.labels[O],frame:I}));let m=f.header.dims===1?"1d":t,y=e.mainRenderer(m),T=o.curve.overlay==="runs"&&m==="1d"?[l,..._r(o,a)]:[l],{header:v}=f,A=v.metrics.indexOf(o.metric??""),w=T.map(I=>uu(n.stepsOf(I),o.metric??""));x&&w.push(...Ds(o,a).map(I=>uu(a.tagSteps?.[I]??[],o.metric??"")));let b=m==="1d"?[f,...p.map(I=>I.frame)]:[f],S=A>=0?Af(o.plot,o.metric??"",b,w):null,D=m==="3d"?Yx(r.fit,r.slot,r.wide):r.fit,C={...xu(o,f,S,D),overlays:p,allMetrics:o.curve.allMetrics&&m==="1d"};m==="1d"&&x&&Object.assign(C,{ownLabel:Vs(o.tag),barriers:v.method==="interpolate"}),e.drawTimed(()=>y.draw(f,C));let P=Wb(v.run,v.tag,v.step,v.metrics[Math.max(0,A)]??"");e.caption(P,zE(v)),e.exportable={frame:f,renderer:y,name:[v.run,v.tag,v.step],title:P}}}}function HE(n,e,t,i,r){let{state:s,loaded:o}=n,a=_r(s,o),l=s.metric??"",c=a.map(d=>({run:d,info:Ef(n,d,t.step)??null,known:n.stepsOf(d).length>0})),u=c.filter(d=>d.info).map(d=>({ref:Hi(s.tag,d.run,d.info),optional:!0}));return{key:["tiles",r,...a,...u.map(d=>gi(d.ref))].join(Tf),step:t.step,needs:u,draw:d=>{let h=0,f=c.map(T=>{if(!T.info)return{run:T.run,frame:null,caption:"",message:T.known?`no step ≤ ${t.step}`:"no readable record"};let v=d[h++];return{run:T.run,frame:v,caption:`step ${T.info.step}`,message:v?void 0:"could not be loaded"}}),p=a.map(T=>uu(n.stepsOf(T),l)),x=Vx(s.plot,l,f.map(T=>T.frame),p);e.show("tiles"),e.drawTimed(()=>e.tiles.show(f,l,xu(s,null,x,null),i.slot));let g=s.step===null?"latest steps":`step ≤ ${t.step}`,m=o.steps[o.steps.length-1]?.dims===2;e.caption(`${s.tag} · ${a.length} run${a.length===1?"":"s"} · ${g} · ${l}`,a.length?m?"One colour scale for all tiles.":"One value range for all tiles.":"Choose runs to compare.");let y=m&&s.plot.scale==="linear"&&!s.plot.clip?Gx(f.map(T=>({run:T.run,extent:wf(T.frame,l)}))):null;e.suggest(y?Hx(y):null),e.exportable=null}}}function WE(n,e){let{state:t,loaded:i}=n,r=t.compare.diff;return r.kind==="runs"?[r.a,r.b].map(s=>({run:s,info:Ef(n,s,e.step),label:s})):[r.a,r.b].map(s=>({run:t.run,info:i.steps.find(o=>o.step===s),label:`step ${s}`}))}function $E(n,e,t,i,r){let{state:s}=n,o=s.compare.diff,a=s.metric??"",[l,c]=WE(n,t),u=[l,c].filter(h=>h.info).map(h=>({ref:Hi(s.tag,h.run,h.info)})),d=o.kind==="runs"?`${l.label}${l.info?` (step ${l.info.step})`:""} − ${c.label}${c.info?` (step ${c.info.step})`:""}`:`${s.run}: ${l.label} − ${c.label}`;return{key:["diff",r,JSON.stringify(o),...u.map(h=>gi(h.ref))].join(Tf),step:t.step,needs:u,draw:h=>{if(e.show("diff"),e.caption(`${s.tag} · difference · ${a}`,"A − B: red where A is higher, blue where it is lower."),e.exportable=null,!l.info||!c.info){let T=l.info?c:l;e.diffView.showMessage(d,`${T.label} has no step${o.kind==="runs"?` ≤ ${t.step}`:""} to compare.`);return}let f=kx(h[0],h[1],a,{a:l.label,b:c.label});if(!f.ok){let T=vf(h[0],h[1])!==null,v=o.kind==="runs"&&T?Wx(h[0].header,h[1].header,l.label,c.label):null;e.diffView.showMessage(d,v??f.error,v?f.error:void 0);return}let p=s.plot.clip?Math.max(...s.plot.clip.filter(T=>T!==null).map(Math.abs)):0,x=p>0?[-p,p]:_f(f.frame.values),g={...i.fit,height:i.fit.height-24},m={...xu(s,f.frame,x,g),metric:0,scale:"linear",palette:"diverging",path:!1};e.drawTimed(()=>e.diffView.show(f.frame,d,m));let y=o.kind==="runs"?[o.a,"minus",o.b,s.tag,"step",t.step]:[s.run,s.tag,o.a,"minus",o.b];e.exportable={frame:f.frame,renderer:e.diffView.current,name:y,title:`${s.tag} · ${d} · ${a}`}}}}var XE=90;function qE(n){return Es(n===2?"2d":"1d")}var vu=class{constructor(){this.element=Z("div",{class:"tbl-compare-area","data-testid":"compare"});this.grid=Z("div",{class:"tbl-compare"});this.bar=new Si;this.tiles=new Map;this.bar.element.dataset.testid="shared-colorbar",this.element.append(this.grid,Z("div",{class:"tbl-compare-bar"},[this.bar.element]))}show(e,t,i,r){let s=e.map(h=>h.frame).filter(h=>h!==null),o=Math.max(0,...s.map(h=>$x(h,"equal"))),a=qx(e.length,{width:r.width-XE,height:r.height},o);this.grid.style.gridTemplateColumns=`repeat(${a.columns}, fit-content(${a.fit.width}px))`;let l={...i,fit:a.fit,aspect:"equal",colorbar:!1,overlays:[]},c=new Set(e.map(h=>h.run));for(let[h,f]of this.tiles)c.has(h)||(f.renderer?.dispose(),f.element.remove(),this.tiles.delete(h));let u=[];for(let h of e){let f=this.tiles.get(h.run)??this.newTile(h.run);f.caption.textContent=h.caption;let p=h.frame?h.frame.header.metrics.indexOf(t):-1,x=h.message??(h.frame&&p<0?`no metric "${t}"`:null);if(!h.frame||x)f.message.textContent=x??"no record",f.message.hidden=!1,f.slot.hidden=!0;else{let g=h.frame.header.dims;(!f.renderer||f.dims!==g)&&(f.renderer?.dispose(),f.renderer=qE(g),f.dims=g,f.slot.replaceChildren(f.renderer.element)),f.message.hidden=!0,f.slot.hidden=!1,f.renderer.draw(h.frame,{...l,metric:p})}u.push(f.element)}let d=Array.from(this.grid.children);(d.length!==u.length||d.some((h,f)=>h!==u[f]))&&this.grid.replaceChildren(...u),this.drawBar(s.filter(h=>h.header.dims===2),t,i)}drawBar(e,t,i){let r=this.grid.querySelector(".tbl-tile:not([hidden]) canvas.tbl-plot"),s=this.bar.element.parentElement;if(s.hidden=!i.domain||e.length===0||!r,s.hidden||!i.domain||!r)return;let o=new gn(i.domain,{scale:i.scale,palette:i.palette}),a={below:0,above:0};for(let u of e){let d=u.header.metrics.indexOf(t);if(d<0)continue;let h=vi(zt(u,d),i.domain);a.below+=h.below,a.above+=h.above}let l=r.getBoundingClientRect(),c=Math.max(25,Math.round(l.top-this.element.getBoundingClientRect().top));this.bar.draw(o,Math.max(60,Math.round(l.height)),t+(i.scale==="log"?" (log)":""),{top:c,clip:a})}resetView(){for(let e of this.tiles.values())e.renderer?.resetView()}dispose(){for(let e of this.tiles.values())e.renderer?.dispose();this.tiles.clear(),this.grid.replaceChildren()}newTile(e){let t=Z("div",{class:"tbl-tile-name",title:e},[e]),i=Z("div",{class:"tbl-tile-caption"}),r=Z("div",{class:"tbl-tile-message",hidden:!0}),s=Z("div",{class:"tbl-tile-plot"}),a={element:Z("div",{class:"tbl-tile","data-run":e},[t,i,r,s]),name:t,caption:i,message:r,slot:s,renderer:null,dims:null};return this.tiles.set(e,a),a}},_u=class{constructor(){this.element=Z("div",{class:"tbl-diff","data-testid":"diff"});this.caption=Z("div",{class:"tbl-diff-caption"});this.message=Z("div",{class:"tbl-diff-message","data-testid":"diff-message",role:"alert",hidden:!0});this.slot=Z("div");this.renderer=null;this.dims=null;this.element.append(this.caption,this.message,this.slot)}get current(){return this.renderer&&!this.slot.hidden?this.renderer:null}show(e,t,i){this.caption.textContent=t,(!this.renderer||this.dims!==e.header.dims)&&(this.renderer?.dispose(),this.renderer=Es(e.header.dims===2?"2d":"1d"),this.dims=e.header.dims,this.slot.replaceChildren(this.renderer.element)),this.message.hidden=!0,this.slot.hidden=!1,this.renderer.draw(e,i)}showMessage(e,t,i){this.caption.textContent=e,this.message.textContent=t,this.message.title=i??"",this.message.hidden=!1,this.slot.hidden=!0}resetView(){this.renderer?.resetView()}dispose(){this.renderer?.dispose(),this.renderer=null,this.dims=null,this.slot.replaceChildren()}};var YE=980,KE=270,ZE=64,JE=16,Mu={width:300,height:260},jE=40,Su=class{constructor(){this.element=Z("div",{class:"tbl-main",hidden:!0});this.title=Z("div",{class:"tbl-title","data-testid":"title"});this.meta=Z("div",{class:"tbl-meta"});this.note=Z("div",{class:"tbl-note","data-testid":"note"});this.message=Z("div",{class:"tbl-message","data-testid":"message"});this.hint=Z("div",{class:"tbl-hint","data-testid":"hint",hidden:!0});this.hintText=Z("span");this.hintButton=Sn("use the log scale","log-hint","Log colour scale for all tiles");this.slot=Z("div",{class:"tbl-view"});this.tiles=new vu;this.diffView=new _u;this.exportable=null;this.renderer=null;this.rendererKind=null;this.panel=null;this.chart=null;this.chartKind=null;this.observer=null;this.cleanups=[];this.hint.append(this.hintText,this.hintButton),this.element.append(this.title,this.meta,this.note,this.message,this.hint,this.slot)}watch(e){let t=0,i=()=>{t||(t=requestAnimationFrame(()=>(t=0,e())))};window.addEventListener("resize",i),this.cleanups.push(()=>window.removeEventListener("resize",i)),typeof ResizeObserver=="function"&&(this.observer=new ResizeObserver(i),this.observer.observe(this.slot))}space(){let e=this.element.parentElement,t=this.element.hidden&&e?e.getBoundingClientRect():this.slot.getBoundingClientRect(),i=Math.floor(this.element.hidden&&e?e.clientWidth-32:t.width),r=(this.element.hidden?t.bottom+jE:t.top)+window.scrollY,s=Math.floor(window.innerHeight-r-JE),o=i>=YE,a={width:Math.max(Mu.width,o?i-KE:i),height:Math.max(Mu.height,o?s:s-ZE)};return this.slot.classList.toggle("tbl-wide",o),{fit:a,wide:o,slot:{width:Math.max(Mu.width,i),height:Math.max(Mu.height,s)}}}mainRenderer(e){if(this.show("main"),!this.renderer||this.rendererKind!==e){this.renderer?.dispose(),this.renderer=null;try{this.renderer=Es(e)}catch(t){this.message.textContent=`The ${e.toUpperCase()} view is not available here: ${t.message}`,this.renderer=Es(e==="3d"?"2d":"1d")}this.rendererKind=e,this.slot.replaceChildren(this.renderer.element)}return this.renderer}chartRenderer(e){return(!this.chart||this.chartKind!==e)&&(this.chart?.dispose(),this.chart=Nb(e),this.chartKind=e,this.panel=null),this.show("chart"),this.chart}show(e){if(e!=="tiles"&&this.suggest(null),e===this.panel)return;this.panel=e,e!=="main"&&(this.message.textContent="");let t=e==="main"?this.renderer?.element:e==="tiles"?this.tiles.element:e==="chart"?this.chart?.element:this.diffView.element;this.slot.replaceChildren(...t?[t]:[])}caption(e,t){this.title.textContent=e,this.meta.textContent=t}suggest(e){this.hint.hidden=e===null,this.hintText.textContent=e??""}drawTimed(e){let t=performance.now();e(),performance.mark("tbl-drawn"),window.__TBL_LAST_DRAW_MS=performance.now()-t,window.__TBL_DRAWS=(window.__TBL_DRAWS??0)+1}resetView(){this.renderer?.resetView(),this.tiles.resetView(),this.diffView.resetView()}clear(){this.exportable=null,this.element.hidden=!0,this.note.textContent="",this.message.textContent="",this.suggest(null)}dispose(){this.observer?.disconnect(),this.cleanups.forEach(e=>e()),this.renderer?.dispose(),this.chart?.dispose(),this.tiles.dispose(),this.diffView.dispose()}};function QE(){try{return window.parent!==window&&window.parent.document.body.classList.contains("dark-mode")}catch{return!1}}function e2(){return typeof window.matchMedia=="function"&&window.matchMedia("(prefers-color-scheme: dark)").matches}function t2(){return QE()||e2()}function Qx(n){let e=()=>n.classList.toggle("tbl-dark",t2());e();let t=[];if(typeof window.matchMedia=="function"){let i=window.matchMedia("(prefers-color-scheme: dark)");i.addEventListener("change",e),t.push(()=>i.removeEventListener("change",e))}try{if(window.parent!==window){let i=window.parent.document.body,r=new MutationObserver(e);r.observe(i,{attributes:!0,attributeFilter:["class"]}),t.push(()=>r.disconnect())}}catch{}return()=>t.forEach(i=>i())}var n2=150,ey="landscape";function ty(n,e){return e!==null&&n.includes(e)?e:n[0]??null}var wu=class{constructor(e){this.opts=e;this.root=Z("div",{class:"tbl-root"});this.wish=null;this.state=pi;this.loaded=vr;this.otherSteps=new Map;this.latestAtPin=null;this.controls=[];this.places={toolbar:Z("div",{class:"tbl-toolbar"}),options:Z("div",{class:"tbl-toolbar tbl-options"}),evolution:Z("div",{class:"tbl-evolution"}),compare:Z("div",{class:"tbl-compare-panel"}),runs:Z("div",{class:"tbl-toolbar tbl-runs-panel"})};this.runsView=new bu(e=>this.openRun(e));this.status=Z("span",{class:"tbl-status","data-testid":"status",role:"status"});this.helpButton=Sn("?","help",`Keyboard shortcuts: ${xf.map(([e,t])=>`${e}: ${t}`).join("; ")}`);this.helpPanel=Z("div",{class:"tbl-help","data-testid":"help-panel",hidden:!0},Lx());this.resetViewButton=Sn("reset view","reset-view","Back to the initial zoom / camera");this.exportButtons={png:Sn("PNG","export-png","Save the picture as PNG, titled with run, tag, step and metric"),csv:Sn("CSV","export-csv","Save the grid as CSV"),json:Sn("JSON","export-json","Save the grid as JSON")};this.exportGroup=Z("span",{class:"tbl-export",role:"group","aria-label":"Export"});this.playButton=Sn("▶","play","Play / pause (Space)");this.slider=Z("input",{type:"range","data-testid":"step-slider",min:0,max:0,step:1,value:0,"aria-label":"Step"});this.stepLabel=Z("span",{class:"tbl-step-label","data-testid":"step-label"});this.liveButton=Sn("","live-indicator","New steps were logged: jump to the latest (End)");this.empty=Z("div",{class:"tbl-empty","data-testid":"empty",hidden:!0},Nx());this.stage=new Su;this.drawnStep=null;this.requestedKey=null;this.seq=0;this.drawnSeq=0;this.selection=0;this.prefetching=!1;this.series=null;this.drawnChart=null;this.generation=0;this.inflight=null;this.timer=null;this.urlTimer=null;this.hash=Fx();this.stopTheme=null;this.lastError=null;this.stopped=!1;this.cleanups=[];this.loader=new pu(t=>e.api.landscape(t.run,t.tag,t.step)),this.player=new mu({speed:()=>this.state.play.speed,drawn:()=>this.drawnSeq===this.seq,index:()=>this.currentIndex(),count:()=>this.loaded.steps.length,go:t=>this.setIndex(t),changed:t=>{this.playButton.textContent=t?"❚❚":"▶",this.playButton.setAttribute("aria-pressed",String(t))}}),this.build(),this.setStatus("loading","Loading…"),this.wire()}build(){for(let a of ff){if(!a.control)continue;let l=Ex(a);l.onChange(c=>this.choose(a,c)),this.controls.push(l)}let e=a=>this.controls.filter(l=>l.option.place===a).map(l=>l.element),{toolbar:t,options:i,evolution:r,compare:s,runs:o}=this.places;this.helpButton.setAttribute("aria-expanded","false"),t.append(...e("toolbar"),this.status,Z("span",{class:"tbl-spacer"}),this.helpButton),this.exportGroup.append("Export",this.exportButtons.png,this.exportButtons.csv,this.exportButtons.json),i.append(...e("options"),this.resetViewButton,this.exportGroup),this.liveButton.hidden=!0,this.liveButton.classList.add("tbl-live"),this.playButton.setAttribute("aria-pressed","false"),this.playButton.classList.add("tbl-play"),r.append(this.playButton,this.slider,this.stepLabel,this.liveButton,...e("evolution")),s.append(...e("compare")),o.append(...e("runs")),this.root.append(t,this.helpPanel,i,r,s,o,this.empty,this.stage.element,this.runsView.element),this.showPanels()}wire(){let e=(r,s,o)=>r.addEventListener(s,o);e(this.resetViewButton,"click",()=>this.stage.resetView());for(let r of["png","csv","json"])e(this.exportButtons[r],"click",()=>{this.export(r)});e(this.playButton,"click",()=>this.player.toggle());let t=0;e(this.slider,"input",()=>{t||(t=requestAnimationFrame(()=>{t=0,this.setIndex(Number(this.slider.value))}))}),e(this.liveButton,"click",()=>this.goLatest()),e(this.helpButton,"click",()=>this.toggleHelp()),e(this.stage.hintButton,"click",()=>this.choose(aa.scale,"log"));let i=r=>this.onKey(r);document.addEventListener("keydown",i),this.cleanups.push(()=>document.removeEventListener("keydown",i))}choose(e,t){if(this.state=e.set(this.state,t,this.ctx()),e.selects){this.wish=null,this.selectionChanged();return}e===aa.speed&&this.player.retime(),this.saveUrl(),nf(this.state,this.loaded).some(r=>r!==this.state.run&&!this.otherSteps.has(r))||this.showsRuns()&&!this.loaded.runsTable||Kx(this.state,this.loaded)?this.refresh():this.update()}ctx(){return oa(this.state,this.loaded)}start(){this.state=wx(this.hash.get(),ey),this.wish={run:this.state.run,tag:this.state.tag},this.stopTheme=Qx(document.documentElement),this.stage.watch(()=>this.update()),window.__TBL_DRAWS=window.__TBL_DRAWS??0,window.__TBL_APP={setStep:e=>this.showStep(e),steps:()=>qn(this.loaded)},this.refresh().then(()=>this.schedule())}stop(){this.stopped=!0,this.timer!==null&&clearTimeout(this.timer),this.urlTimer!==null&&clearTimeout(this.urlTimer),this.timer=this.urlTimer=null,this.player.stop(),this.generation++,this.loader.cancelPending(),this.stopTheme?.(),this.cleanups.forEach(e=>e()),this.stage.dispose()}schedule(){this.opts.pollMs<=0||this.stopped||(this.timer=setTimeout(async()=>{!this.inflight&&!document.hidden&&await this.refresh(),this.schedule()},this.opts.pollMs))}selectionChanged(){this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null,this.setStatus("loading","Loading…"),this.saveUrl(),this.refresh()}refresh(){let e=++this.generation,t=this.load(e).finally(()=>{this.inflight===t&&(this.inflight=null)});return this.inflight=t,t}async load(e){let t=()=>e===this.generation&&!this.stopped;try{let i=await this.opts.api.tags();if(!t()||!this.takeTags(i))return;let{run:r,tag:s}=this.state,o=nf(this.state,this.loaded).filter(d=>d!==r),[a,...l]=await Promise.all([this.opts.api.steps(r,s),...o.map(d=>this.opts.api.steps(d,s).catch(()=>null))]);if(!t())return;let c=this.showsRuns()?await this.opts.api.runs():this.loaded.runsTable??null,u=await Jx(this.opts.api,r,Ds(this.state,{...this.loaded,steps:a.steps}));if(!t())return;this.loaded={...this.loaded,runsTable:c,tagSteps:u},this.otherSteps.clear(),o.forEach((d,h)=>{let f=l[h];f&&this.otherSteps.set(d,f.steps)}),this.takeSteps(a)}catch(i){if(!t())return;this.fail(i)}}takeTags(e){let t=pf(Object.keys(e).filter(c=>Object.keys(e[c]).length>0));if(t.length===0)return this.showEmpty(),!1;this.empty.hidden=!0;let i=this.wish;this.wish=tx(i,t,c=>Object.keys(e[c]));let r=ty(t,i?.run??this.state.run),s=pf(Object.keys(e[r])),o=ty(s,i?.tag??this.state.tag);(r!==this.state.run||o!==this.state.tag)&&(this.drawnStep!==null?(this.clearView(),this.state={...this.state,step:null},this.latestAtPin=null):this.selection++,this.state={...this.state,run:r,tag:o},this.saveUrl());let a=o===null?[]:t.filter(c=>e[c][o]!==void 0),l=o!==null&&e[r][o]?.kind||"landscape";return this.loaded={...this.loaded,runs:t,tags:s,runsWithTag:a,kind:l},this.syncControls(),o!==null}takeSteps(e){if(this.showSkipped(e),this.loaded={...this.loaded,steps:e.steps},e.steps.length===0){let t=e.skipped[0];this.setStatus("error",t?`No readable record for this run and tag (step ${t.step}: ${t.error})`:"No readable record for this run and tag.");return}this.lastError=null,this.state.step!==null&&this.latestAtPin===null&&(this.latestAtPin=e.steps[e.steps.length-1].step),this.update()}fail(e){let t=Dx(e);t!==this.lastError&&console.warn("tb-landscape:",e),this.lastError=t,this.setStatus("error",t)}stepsOf(e){return e===this.state.run?this.loaded.steps:this.otherSteps.get(e)??[]}update(){if(this.stopped)return;if(this.syncControls(),this.showsRuns()){this.drawRuns();return}this.runsView.hide(),this.drawnStep!==null&&(this.stage.element.hidden=!1);let e=this.loaded.kind;if(e==="sensitivity"||e==="spectrum"){this.updateChart(e);return}let t=jx({state:this.state,loaded:this.loaded,stepsOf:o=>this.stepsOf(o)},this.stage);if(!t)return;if(t.key===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=t.key;let i=++this.seq,r=this.selection,s=t.needs.map(o=>this.loader.cached(o.ref)??null);if(s.every(o=>o!==null))this.commit(i,r,t,s);else{this.setStatus("loading",`Loading step ${t.step}…`);let o=t.needs.map((a,l)=>s[l]?Promise.resolve(s[l]):this.loader.load(a.ref).catch(c=>a.optional&&!(c instanceof Ns)?null:Promise.reject(c)));Promise.all(o).then(a=>this.commit(i,r,t,a),a=>{i!==this.seq||r!==this.selection||a instanceof Ns||(this.requestedKey=null,this.player.stop(),this.fail(a))})}this.prefetch()}updateChart(e){let{run:t,tag:i}=this.state,r=qn(this.loaded);if(t===null||i===null||r.length===0)return;let s=this.loaded.steps[r.length-1],o=JSON.stringify([e,t,i,r.length,s.step,s.wall_time]),a=Vi(r,this.state.step),l=this.stage.space(),c=JSON.stringify([o,a,this.state.layers,this.state.spectrum,this.state.plot.scale,l]);if(c===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=c;let u=++this.seq,d=this.selection;if(this.series?.key!==o){let h=this.opts.api,f=e==="sensitivity"?h.sensitivity(t,i).then(p=>({kind:e,data:p})):h.spectrum(t,i).then(p=>({kind:e,data:p}));this.series={key:o,data:f},this.setStatus("loading","Loading…")}this.series.data.then(h=>this.commitChart(u,d,h,r[a],JSON.stringify(l)),h=>{u!==this.seq||d!==this.selection||(this.requestedKey=null,this.series=null,this.player.stop(),this.fail(h))})}commitChart(e,t,i,r,s){if(e<=this.drawnSeq||t!==this.selection||this.stopped)return;this.drawnSeq=e;let o=Db(i),a=o.indexOf(r);if(a<0&&(a=o.length-1),a<0){this.setStatus("error","No readable record for this run and tag.");return}try{this.stage.drawTimed(()=>Fb(this.stage.chartRenderer(i.kind),i,this.state,a,this.stage.space().fit,c=>this.showStep(o[c])))}catch(c){this.fail(c);return}let l=`${this.state.run} · ${this.state.tag} · step ${o[a]}`;this.stage.caption(l,Ob(i)),this.stage.exportable=null,this.drawnChart={data:i,title:l,name:[this.state.run??"",this.state.tag??"",o[a]]},this.stage.element.hidden=!1,this.drawnStep=o[a],this.exportButtons.png.disabled=this.exportButtons.json.disabled=!1,this.exportButtons.csv.disabled=!0,e===this.seq&&this.setStatus("ready",this.readyText()),JSON.stringify(this.stage.space())!==s&&requestAnimationFrame(()=>this.update())}commit(e,t,i,r){if(!(e<=this.drawnSeq||t!==this.selection||this.stopped)){this.drawnSeq=e;try{i.draw(r)}catch(s){this.fail(s);return}this.stage.element.hidden=!1,this.drawnStep=i.step;for(let s of Object.values(this.exportButtons))s.disabled=this.stage.exportable===null;e===this.seq?this.setStatus("ready",this.readyText()):this.setStatus("loading",this.status.textContent??""),JSON.stringify(this.stage.space())!==i.space&&requestAnimationFrame(()=>this.update())}}showsRuns(){return mi(this.state,this.loaded)==="runs"}drawRuns(){this.stage.element.hidden=!0;let e=this.loaded.runsTable;if(!e){this.setStatus("loading","Loading runs…");return}let t=this.runsView.draw(e,this.state);this.setStatus("ready",`${t} run${t===1?"":"s"} drawn`)}openRun(e){let t=e===this.state.run;if(this.state={...this.state,run:e,view:"2d"},t){this.saveUrl(),this.update();return}this.wish=null,this.selectionChanged()}prefetch(){let{run:e,tag:t}=this.state;if(!this.prefetching||e===null||t===null)return;let i=Yb(this.loaded.steps,this.currentIndex(),this.loader.cache.maxBytes*.75,r=>Bb(r.shape),r=>this.loader.isHeld(Hi(t,e,r)));this.loader.prefetch(i.map(r=>Hi(t,e,r)))}setIndex(e){let t=qn(this.loaded);if(t.length===0)return;let i=Math.max(0,Math.min(t.length-1,e));this.prefetching=!0;let r=null;i===t.length-1?this.latestAtPin=null:(this.state.step===null&&(this.latestAtPin=t[t.length-1]),r=t[i]),this.state={...this.state,step:r},this.saveUrl(),this.update()}showStep(e){let t=qn(this.loaded),i=t.indexOf(e),r=i>=0?i:lu(t,e);r>=0&&this.setIndex(r)}currentIndex(){return Vi(qn(this.loaded),this.state.step)}goLatest(){this.setIndex(this.loaded.steps.length-1)}syncControls(){let e=this.ctx();for(let t of this.controls){let i=t.option,r=t.sync(e);i.adopt&&r!==void 0&&i.codec.format(r)!==i.codec.format(i.get(this.state))&&(this.state=i.set(this.state,r,e),this.saveUrl())}this.syncSteps(),this.showPanels()}syncSteps(){let e=qn(this.loaded),t=e.length,i=Vi(e,this.state.step);this.slider.max=String(Math.max(0,t-1)),this.slider.value=String(Math.max(0,i)),this.slider.disabled=t<2,this.playButton.disabled=t<2;let r=i>=0?e[i]:null;this.slider.setAttribute("aria-valuetext",r===null?"no step":`step ${r}`),this.stepLabel.textContent=r===null?"":`step ${r} (${i+1}/${t})${this.state.step===null?" · latest":""}`;let s=t?e[t-1]:null,o=this.state.step!==null&&s!==null&&this.latestAtPin!==null&&s>this.latestAtPin;this.liveButton.hidden=!o,o&&(this.liveButton.textContent=`● new step ${s}`)}showPanels(){let e=this.ctx(),t=this.loaded.steps.length>0,i=e.view==="runs";this.places.options.hidden=!t||i,this.places.evolution.hidden=!t||i||e.diffing&&e.state.compare.diff?.kind==="steps",this.places.runs.hidden=!i,this.places.compare.hidden=!t||e.view!=="compare"||e.kind!=="landscape",this.exportGroup.hidden=e.view==="compare"&&!e.diffing&&e.kind==="landscape",this.resetViewButton.hidden=e.kind!=="landscape"}toggleHelp(){this.helpPanel.hidden=!this.helpPanel.hidden,this.helpButton.setAttribute("aria-expanded",String(!this.helpPanel.hidden))}setView(e){let t=aa.view;t.control.enabled(this.ctx(),e)&&this.choose(t,e)}onKey(e){if(e.defaultPrevented||this.loaded.steps.length===0&&e.key!=="?")return;let t=e.target instanceof HTMLElement?e.target:document.body,i=t.tagName==="CANVAS"||t.tagName==="svg",r={ctrl:e.ctrlKey,alt:e.altKey,meta:e.metaKey},s=jb(e.key,{tag:t.tagName,type:t.type,editable:t.isContentEditable},r);s&&(i&&(s.kind==="step"||s.kind==="first"||s.kind==="latest")||(e.preventDefault(),s.kind==="step"?this.setIndex(this.currentIndex()+s.delta):s.kind==="first"?this.setIndex(0):s.kind==="latest"?this.goLatest():s.kind==="play"?this.player.toggle():s.kind==="view"?this.setView(s.view):this.toggleHelp()))}async exportChart(e){let t=this.drawnChart;if(!t||e==="csv")return;let i=Qd(t.name,e);try{let r=e==="png"?await bf(await this.stage.chartRenderer(t.data.kind).toPng(),t.title):new Blob([JSON.stringify(t.data.data)],{type:"application/json"});gf(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`}}async export(e){if(this.loaded.kind==="sensitivity"||this.loaded.kind==="spectrum")return this.exportChart(e);let t=this.stage.exportable;if(!t)return;let i=Qd(t.name,e);try{let r;if(e==="png"){if(!t.renderer)throw new Error("nothing drawn");r=await bf(await t.renderer.toPng(),t.title)}else e==="csv"?r=new Blob([Gb(t.frame)],{type:"text/csv"}):r=new Blob([Hb(t.frame)],{type:"application/json"});gf(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`,this.stage.message.textContent=`Export failed: ${r.message}`}}saveUrl(){this.urlTimer!==null&&clearTimeout(this.urlTimer),this.urlTimer=setTimeout(()=>{this.urlTimer=null;try{let e=this.hash.get(),t=this.wish?{run:this.wish.run??this.state.run,tag:this.wish.tag??this.state.tag}:{},i=Ax(e,{...this.state,...t},ey);i!==e&&this.hash.set(i)}catch(e){console.warn("tb-landscape: cannot write the URL",e)}},n2)}readyText(){let e=this.loaded.steps.length;return`Step ${this.drawnStep} · ${e} step${e===1?"":"s"} logged`}showSkipped(e){let t=e.skipped.length,i=e.skipped[0];this.stage.note.textContent=t===0?"":`${t} record${t===1?"":"s"} could not be read and ${t===1?"is":"are"} not shown (step ${i.step}: ${i.error}${t>1?"; …":""}).`}clearView(){this.selection++,this.player.stop(),this.loader.cancelPending(),this.prefetching=!1,this.drawnStep=null,this.requestedKey=null,this.series=null,this.drawnChart=null,this.loaded={...this.loaded,steps:[]},this.otherSteps.clear(),this.stage.clear(),this.showPanels()}showEmpty(){this.clearView(),this.state={...this.state,run:null,tag:null},this.loaded=vr,this.empty.hidden=!1,this.syncControls(),this.setStatus("empty","No landscape data.")}setStatus(e,t){e!=="error"&&(this.lastError=null),this.status.dataset.state=e,this.status.dataset.step=this.drawnStep===null?"":String(this.drawnStep),this.status.textContent=t}};var ny=`
html, body { margin: 0; padding: 0; background: var(--tbl-bg); }
/* A scroll bar coming or going does not change the width the pictures are sized to. */
html { scrollbar-gutter: stable; }
body:focus { outline: none; }
:root {
  --tbl-bg: #ffffff;
  --tbl-fg: #212121;
  --tbl-muted: #616161;
  --tbl-border: #e0e0e0;
  --tbl-input-bg: #ffffff;
  --tbl-accent: #f57c00;
  --tbl-line: #1976d2;
  --tbl-error: #c62828;
  --tbl-code-bg: #f5f5f5;
}
:root.tbl-dark {
  --tbl-bg: #303030;
  --tbl-fg: #eeeeee;
  --tbl-muted: #bdbdbd;
  --tbl-border: #555555;
  --tbl-input-bg: #424242;
  --tbl-accent: #ffb74d;
  --tbl-line: #64b5f6;
  --tbl-error: #ef9a9a;
  --tbl-code-bg: #424242;
  color-scheme: dark;
}
.tbl-root {
  font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  color: var(--tbl-fg);
  background: var(--tbl-bg);
  padding: 12px 16px;
}
.tbl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-toolbar label[hidden] { display: none; }
.tbl-root select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-status { color: var(--tbl-muted); }
.tbl-status[data-state="error"] { color: var(--tbl-error); }
.tbl-title { font-size: 14px; font-weight: 500; margin: 4px 0 2px; overflow-wrap: anywhere; }
.tbl-meta, .tbl-note { color: var(--tbl-muted); font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
.tbl-note:empty { display: none; }
.tbl-row { display: flex; align-items: flex-start; gap: 8px; }
.tbl-figure { position: relative; flex: none; }
.tbl-axes { position: absolute; left: 0; top: 0; overflow: visible; }
.tbl-plot { position: absolute; display: block; cursor: crosshair; }
.tbl-axis line, .tbl-frame { stroke: var(--tbl-muted); fill: none; shape-rendering: crispEdges; }
.tbl-axis text { fill: var(--tbl-fg); font-size: 11px; }
.tbl-axis .tbl-axis-title { fill: var(--tbl-muted); font-size: 12px; }
.tbl-colorbar { display: flex; flex-direction: column; gap: 2px; margin-top: -10px; }
.tbl-colorbar-title { color: var(--tbl-muted); font-size: 11px; height: 16px; white-space: nowrap; }
.tbl-colorbar-body { display: flex; align-items: flex-start; }
.tbl-colorbar-bar { display: block; outline: 1px solid var(--tbl-border); }
.tbl-colorbar-axis { overflow: visible; }
.tbl-readout { color: var(--tbl-muted); font-size: 12px; min-height: 16px; margin: 2px 0 0 64px; font-variant-numeric: tabular-nums; }
.tbl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 64px; }
.tbl-legend-entry { display: inline-flex; align-items: center; gap: 6px; }
.tbl-legend-current { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
.tbl-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid var(--tbl-border); }
.tbl-hatched { background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,0.9) 0 1.5px, transparent 1.5px 5.5px); }
.tbl-center-mark { font-weight: 700; font-size: 16px; line-height: 14px; }
.tbl-center-dash { display: inline-block; width: 14px; border-top: 1.5px dashed var(--tbl-accent); }
.tbl-curve-svg { display: block; overflow: visible; }
.tbl-curve-line { fill: none; stroke: var(--tbl-line); stroke-width: 1.5; stroke-linejoin: round; }
.tbl-curve-dot { fill: var(--tbl-line); }
.tbl-center-line { stroke: var(--tbl-accent); stroke-dasharray: 4 3; }
.tbl-zero-line { stroke: var(--tbl-fg); stroke-opacity: 0.6; stroke-width: 1; shape-rendering: crispEdges; }
.tbl-empty { max-width: 900px; line-height: 1.5; }
.tbl-empty h2 { font-size: 16px; font-weight: 500; margin: 8px 0; }
.tbl-empty pre {
  background: var(--tbl-code-bg); padding: 8px 12px; border-radius: 3px; overflow-x: auto;
  font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: 12px;
}
.tbl-toolbar input[type="number"] {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; width: 72px;
}
.tbl-toolbar input[aria-invalid="true"] { border-color: var(--tbl-error); }
.tbl-options { margin-top: -4px; }
.tbl-options > label, .tbl-options > span { white-space: nowrap; }
.tbl-check { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); cursor: pointer; }
.tbl-check input { margin: 0; accent-color: var(--tbl-accent); }
.tbl-clip, .tbl-export { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); }
.tbl-spacer { flex: 1 1 auto; }
.tbl-button {
  font: inherit; font-size: 12px; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 8px; cursor: pointer; line-height: 18px;
}
.tbl-button:hover:not(:disabled) { border-color: var(--tbl-muted); }
.tbl-button:disabled { opacity: 0.45; cursor: default; }
.tbl-button:focus-visible, .tbl-root select:focus-visible, .tbl-root input:focus-visible {
  outline: 2px solid var(--tbl-accent); outline-offset: 1px;
}
.tbl-segmented { display: inline-flex; }
.tbl-segmented .tbl-button { border-radius: 0; margin-left: -1px; min-width: 34px; }
.tbl-segmented .tbl-button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
.tbl-segmented .tbl-button:last-child { border-radius: 0 3px 3px 0; }
.tbl-segmented .tbl-button[aria-pressed="true"] {
  background: var(--tbl-accent); border-color: var(--tbl-accent); color: #fff; position: relative; z-index: 1;
}
:root.tbl-dark .tbl-segmented .tbl-button[aria-pressed="true"] { color: #212121; }
.tbl-evolution { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; max-width: 900px; }
.tbl-evolution label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); white-space: nowrap; }
.tbl-evolution label[hidden] { display: none; }
.tbl-evolution[hidden] { display: none; }
.tbl-play { min-width: 34px; }
.tbl-evolution input[type="range"] { flex: 1 1 auto; min-width: 120px; accent-color: var(--tbl-accent); margin: 0; }
.tbl-step-label { color: var(--tbl-muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 150px; }
.tbl-live { color: var(--tbl-accent); border-color: var(--tbl-accent); white-space: nowrap; }
.tbl-help {
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 6px 12px; margin-bottom: 10px;
  font-size: 12px; color: var(--tbl-muted); max-width: 420px;
}
.tbl-help-title { font-weight: 500; color: var(--tbl-fg); margin-bottom: 4px; }
.tbl-help dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.tbl-help dt { font-family: "Roboto Mono", Menlo, Consolas, monospace; color: var(--tbl-fg); }
.tbl-help dd { margin: 0; }
.tbl-compare-panel { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-compare-panel > label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-compare-runs {
  display: flex; flex-wrap: wrap; gap: 4px 14px; border: 1px solid var(--tbl-border); border-radius: 3px;
  padding: 4px 10px 6px; margin: 0; max-width: 100%;
}
.tbl-compare-runs legend { color: var(--tbl-muted); font-size: 12px; padding: 0 4px; }
.tbl-compare-runs .tbl-check { color: var(--tbl-fg); max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbl-compare-area { display: flex; align-items: flex-start; gap: 12px; }
.tbl-compare { display: grid; gap: 16px 20px; align-items: start; }
.tbl-compare-bar { position: sticky; top: 8px; flex: none; }
.tbl-tile { min-width: 0; }
.tbl-tile-name { font-weight: 500; overflow-wrap: anywhere; }
.tbl-tile-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 2px; }
.tbl-tile-message { color: var(--tbl-muted); font-size: 12px; padding: 24px 0; }
.tbl-diff-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 4px; overflow-wrap: anywhere; }
.tbl-diff-message { color: var(--tbl-error); margin: 8px 0; }
.tbl-message { color: var(--tbl-error); font-size: 12px; margin-bottom: 6px; }
.tbl-hint { display: flex; align-items: center; gap: 10px; color: var(--tbl-fg); font-size: 12px; margin-bottom: 6px; }
/* A wide window: the read-out, legend and notes of a picture go beside it, not under it. */
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve), .tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) {
  display: grid; grid-template-columns: max-content minmax(180px, 1fr); grid-auto-rows: min-content;
  column-gap: 20px; align-items: start;
}
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :first-child,
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :first-child { grid-row: 1 / span 8; }
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :not(:first-child),
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :not(:first-child) { grid-column: 2; margin-left: 0; }
/* The 3D picture fills the width less this column (surfaceFit): its legend lines wrap once at most. */
.tbl-wide > .tbl-surface { grid-template-columns: max-content minmax(\${SURFACE_SIDE}px, 1fr); }
.tbl-view.tbl-wide .tbl-readout { margin: 24px 0 8px; }
.tbl-view.tbl-wide .tbl-legend { flex-direction: column; align-items: flex-start; margin: 0; }
.tbl-message:empty { display: none; }
/* The Runs view (views/runs.ts, render/scatter.ts). */
.tbl-scatter-svg { display: block; overflow: visible; }
.tbl-run-point { stroke: var(--tbl-fg); stroke-opacity: 0.7; stroke-width: 1; }
.tbl-run-label { fill: var(--tbl-fg); font-size: 11px; pointer-events: none; }
.tbl-run-point.tbl-run-plain { fill: var(--tbl-line); }
.tbl-run-point.tbl-hovered { stroke: var(--tbl-fg); stroke-opacity: 1; stroke-width: 2.5; }
.tbl-runs-colorbar { display: flex; align-items: center; gap: 8px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 70px; }
.tbl-runs-gradient { display: inline-block; width: 160px; height: 12px; outline: 1px solid var(--tbl-border); }
.tbl-runs-readout { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 6px 0 0 70px; }
.tbl-runs-readout strong { color: var(--tbl-fg); font-weight: 500; }
[hidden] { display: none !important; }
`;var i2=5e3;function r2(n,e){let t=[new URLSearchParams(n).get("poll"),e];for(let i of t){if(i==null||i==="")continue;let r=Number(i);if(Number.isFinite(r)&&r>=0)return r}return i2}function s2(n){if(!n||n.body)return!0;if(n.editable)return!1;let e=n.tag.toUpperCase();return e!=="INPUT"&&e!=="TEXTAREA"&&e!=="SELECT"}function o2(n=window){try{if(n.parent===n){let e=n.document.activeElement;if(e&&e!==n.document.body&&e!==n.document.documentElement)return!1}else{let e=n.parent.document,t=e.activeElement,i=n.frameElement,r=t===null||t===i?null:{tag:t.tagName,editable:t.isContentEditable,body:t===e.body||t===e.documentElement};if(!s2(r))return!1;i?.focus({preventScroll:!0})}return n.focus(),n.document.body.focus({preventScroll:!0}),!0}catch{return!1}}var Au=null;function _F(){if(Au)return;let n=document.createElement("style");n.textContent=ny+Ub(),document.head.append(n),Au=new wu({api:new fa,pollMs:r2(window.location.search,window.__TBL_POLL_MS)}),document.body.tabIndex=-1,document.body.append(Au.root),Au.start(),o2()}export{o2 as claimFocus,s2 as mayTakeFocus,r2 as pollInterval,_F as render};
