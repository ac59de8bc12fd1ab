; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_units = constant i64 4
@eic_gain_floats = constant i64 131584
@eic_model_fingerprint = constant i64 -5106876378399797545
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1) {
entry:
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 0, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done23, %done
  %i16 = phi i64 [ %13, %done ], [ %55, %done23 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 196624
  %38 = mul i64 %36, 256
  %39 = add i64 256, %38
  %40 = getelementptr float, ptr %gains, i64 %39
  br label %loop17

done15:                                           ; preds = %loop13
  %41 = icmp sgt i64 %u0, 2
  %42 = select i1 %41, i64 %u0, i64 2
  %43 = icmp slt i64 %u1, 3
  %44 = select i1 %43, i64 %u1, i64 3
  %45 = icmp slt i64 %44, %42
  %46 = select i1 %45, i64 %42, i64 %44
  br label %loop29

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %49, %body18 ]
  %47 = icmp slt i64 %i20, 256
  br i1 %47, label %body18, label %done19

body18:                                           ; preds = %loop17
  %48 = getelementptr float, ptr %40, i64 %i20
  store <8 x float> zeroinitializer, ptr %48, align 4
  %49 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %done27, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %63, %done27 ]
  %50 = icmp slt i64 %i24, 256
  br i1 %50, label %body22, label %done23

body22:                                           ; preds = %loop21
  %51 = mul i64 %36, 256
  %52 = add i64 %51, %i24
  %53 = mul i64 %52, 256
  %54 = getelementptr float, ptr %37, i64 %53
  br label %loop25

done23:                                           ; preds = %loop21
  %55 = add i64 %i16, 1
  br label %loop13

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %62, %body26 ]
  %56 = icmp slt i64 %i28, 256
  br i1 %56, label %body26, label %done27

body26:                                           ; preds = %loop25
  %57 = getelementptr float, ptr %40, i64 %i28
  %58 = getelementptr float, ptr %54, i64 %i28
  %59 = load <8 x float>, ptr %58, align 4
  %60 = load <8 x float>, ptr %57, align 4
  %61 = fadd <8 x float> %60, %59
  store <8 x float> %61, ptr %57, align 4
  %62 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %63 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ %42, %done15 ], [ %76, %done35 ]
  %64 = icmp slt i64 %i32, %46
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = sub i64 %i32, 2
  %66 = getelementptr float, ptr %params, i64 0
  %67 = getelementptr float, ptr %gains, i64 512
  %68 = mul i64 %65, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %69 = icmp sgt i64 %u0, 3
  %70 = select i1 %69, i64 %u0, i64 3
  %71 = icmp slt i64 %u1, 4
  %72 = select i1 %71, i64 %u1, i64 4
  %73 = icmp slt i64 %72, %70
  %74 = select i1 %73, i64 %70, i64 %72
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %191, %done39 ]
  %75 = icmp slt i64 %i36, 256
  br i1 %75, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %76 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %190, %body38 ]
  %77 = icmp slt i64 %i40, 256
  br i1 %77, label %body38, label %done39

body38:                                           ; preds = %loop37
  %78 = add i64 %i36, 0
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %i40
  %81 = add i64 %68, %80
  %82 = getelementptr float, ptr %66, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = add i64 %i36, 1
  %85 = mul i64 %84, 256
  %86 = add i64 %85, %i40
  %87 = add i64 %68, %86
  %88 = getelementptr float, ptr %66, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = add i64 %i36, 2
  %91 = mul i64 %90, 256
  %92 = add i64 %91, %i40
  %93 = add i64 %68, %92
  %94 = getelementptr float, ptr %66, i64 %93
  %95 = load <8 x float>, ptr %94, align 4
  %96 = add i64 %i36, 3
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %i40
  %99 = add i64 %68, %98
  %100 = getelementptr float, ptr %66, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = add i64 %i36, 4
  %103 = mul i64 %102, 256
  %104 = add i64 %103, %i40
  %105 = add i64 %68, %104
  %106 = getelementptr float, ptr %66, i64 %105
  %107 = load <8 x float>, ptr %106, align 4
  %108 = add i64 %i36, 5
  %109 = mul i64 %108, 256
  %110 = add i64 %109, %i40
  %111 = add i64 %68, %110
  %112 = getelementptr float, ptr %66, i64 %111
  %113 = load <8 x float>, ptr %112, align 4
  %114 = add i64 %i36, 6
  %115 = mul i64 %114, 256
  %116 = add i64 %115, %i40
  %117 = add i64 %68, %116
  %118 = getelementptr float, ptr %66, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = add i64 %i36, 7
  %121 = mul i64 %120, 256
  %122 = add i64 %121, %i40
  %123 = add i64 %68, %122
  %124 = getelementptr float, ptr %66, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = shufflevector <8 x float> %83, <8 x float> %89, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %127 = shufflevector <8 x float> %83, <8 x float> %89, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %128 = shufflevector <8 x float> %95, <8 x float> %101, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %129 = shufflevector <8 x float> %95, <8 x float> %101, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %130 = shufflevector <8 x float> %126, <8 x float> %128, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %131 = shufflevector <8 x float> %126, <8 x float> %128, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %132 = shufflevector <8 x float> %127, <8 x float> %129, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %133 = shufflevector <8 x float> %127, <8 x float> %129, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %134 = shufflevector <8 x float> %107, <8 x float> %113, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %135 = shufflevector <8 x float> %107, <8 x float> %113, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %136 = shufflevector <8 x float> %119, <8 x float> %125, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %137 = shufflevector <8 x float> %119, <8 x float> %125, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %138 = shufflevector <8 x float> %134, <8 x float> %136, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %139 = shufflevector <8 x float> %134, <8 x float> %136, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %140 = shufflevector <8 x float> %135, <8 x float> %137, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %141 = shufflevector <8 x float> %135, <8 x float> %137, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %142 = shufflevector <8 x float> %130, <8 x float> %138, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %143 = shufflevector <8 x float> %130, <8 x float> %138, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %144 = shufflevector <8 x float> %131, <8 x float> %139, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %145 = shufflevector <8 x float> %131, <8 x float> %139, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %146 = shufflevector <8 x float> %132, <8 x float> %140, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %147 = shufflevector <8 x float> %132, <8 x float> %140, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %148 = shufflevector <8 x float> %133, <8 x float> %141, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %149 = shufflevector <8 x float> %133, <8 x float> %141, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %150 = add i64 %i40, 0
  %151 = mul i64 %150, 256
  %152 = add i64 %151, %i36
  %153 = add i64 %68, %152
  %154 = getelementptr float, ptr %67, i64 %153
  store <8 x float> %142, ptr %154, align 4
  %155 = add i64 %i40, 1
  %156 = mul i64 %155, 256
  %157 = add i64 %156, %i36
  %158 = add i64 %68, %157
  %159 = getelementptr float, ptr %67, i64 %158
  store <8 x float> %144, ptr %159, align 4
  %160 = add i64 %i40, 2
  %161 = mul i64 %160, 256
  %162 = add i64 %161, %i36
  %163 = add i64 %68, %162
  %164 = getelementptr float, ptr %67, i64 %163
  store <8 x float> %146, ptr %164, align 4
  %165 = add i64 %i40, 3
  %166 = mul i64 %165, 256
  %167 = add i64 %166, %i36
  %168 = add i64 %68, %167
  %169 = getelementptr float, ptr %67, i64 %168
  store <8 x float> %148, ptr %169, align 4
  %170 = add i64 %i40, 4
  %171 = mul i64 %170, 256
  %172 = add i64 %171, %i36
  %173 = add i64 %68, %172
  %174 = getelementptr float, ptr %67, i64 %173
  store <8 x float> %143, ptr %174, align 4
  %175 = add i64 %i40, 5
  %176 = mul i64 %175, 256
  %177 = add i64 %176, %i36
  %178 = add i64 %68, %177
  %179 = getelementptr float, ptr %67, i64 %178
  store <8 x float> %145, ptr %179, align 4
  %180 = add i64 %i40, 6
  %181 = mul i64 %180, 256
  %182 = add i64 %181, %i36
  %183 = add i64 %68, %182
  %184 = getelementptr float, ptr %67, i64 %183
  store <8 x float> %147, ptr %184, align 4
  %185 = add i64 %i40, 7
  %186 = mul i64 %185, 256
  %187 = add i64 %186, %i36
  %188 = add i64 %68, %187
  %189 = getelementptr float, ptr %67, i64 %188
  store <8 x float> %149, ptr %189, align 4
  %190 = add i64 %i40, 8
  br label %loop37

done39:                                           ; preds = %loop37
  %191 = add i64 %i36, 8
  br label %loop33

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ %70, %done31 ], [ %198, %done47 ]
  %192 = icmp slt i64 %i44, %74
  br i1 %192, label %body42, label %done43

body42:                                           ; preds = %loop41
  %193 = sub i64 %i44, 3
  %194 = getelementptr float, ptr %params, i64 131088
  %195 = getelementptr float, ptr %gains, i64 66048
  %196 = mul i64 %193, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  ret void

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %313, %done51 ]
  %197 = icmp slt i64 %i48, 256
  br i1 %197, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %198 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %312, %body50 ]
  %199 = icmp slt i64 %i52, 256
  br i1 %199, label %body50, label %done51

body50:                                           ; preds = %loop49
  %200 = add i64 %i48, 0
  %201 = mul i64 %200, 256
  %202 = add i64 %201, %i52
  %203 = add i64 %196, %202
  %204 = getelementptr float, ptr %194, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %206 = add i64 %i48, 1
  %207 = mul i64 %206, 256
  %208 = add i64 %207, %i52
  %209 = add i64 %196, %208
  %210 = getelementptr float, ptr %194, i64 %209
  %211 = load <8 x float>, ptr %210, align 4
  %212 = add i64 %i48, 2
  %213 = mul i64 %212, 256
  %214 = add i64 %213, %i52
  %215 = add i64 %196, %214
  %216 = getelementptr float, ptr %194, i64 %215
  %217 = load <8 x float>, ptr %216, align 4
  %218 = add i64 %i48, 3
  %219 = mul i64 %218, 256
  %220 = add i64 %219, %i52
  %221 = add i64 %196, %220
  %222 = getelementptr float, ptr %194, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = add i64 %i48, 4
  %225 = mul i64 %224, 256
  %226 = add i64 %225, %i52
  %227 = add i64 %196, %226
  %228 = getelementptr float, ptr %194, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = add i64 %i48, 5
  %231 = mul i64 %230, 256
  %232 = add i64 %231, %i52
  %233 = add i64 %196, %232
  %234 = getelementptr float, ptr %194, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = add i64 %i48, 6
  %237 = mul i64 %236, 256
  %238 = add i64 %237, %i52
  %239 = add i64 %196, %238
  %240 = getelementptr float, ptr %194, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = add i64 %i48, 7
  %243 = mul i64 %242, 256
  %244 = add i64 %243, %i52
  %245 = add i64 %196, %244
  %246 = getelementptr float, ptr %194, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = shufflevector <8 x float> %205, <8 x float> %211, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %249 = shufflevector <8 x float> %205, <8 x float> %211, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %250 = shufflevector <8 x float> %217, <8 x float> %223, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %251 = shufflevector <8 x float> %217, <8 x float> %223, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %252 = shufflevector <8 x float> %248, <8 x float> %250, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %253 = shufflevector <8 x float> %248, <8 x float> %250, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %254 = shufflevector <8 x float> %249, <8 x float> %251, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %255 = shufflevector <8 x float> %249, <8 x float> %251, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %256 = shufflevector <8 x float> %229, <8 x float> %235, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %257 = shufflevector <8 x float> %229, <8 x float> %235, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %258 = shufflevector <8 x float> %241, <8 x float> %247, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %259 = shufflevector <8 x float> %241, <8 x float> %247, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %260 = shufflevector <8 x float> %256, <8 x float> %258, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %261 = shufflevector <8 x float> %256, <8 x float> %258, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %262 = shufflevector <8 x float> %257, <8 x float> %259, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %263 = shufflevector <8 x float> %257, <8 x float> %259, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %264 = shufflevector <8 x float> %252, <8 x float> %260, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %265 = shufflevector <8 x float> %252, <8 x float> %260, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %266 = shufflevector <8 x float> %253, <8 x float> %261, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %267 = shufflevector <8 x float> %253, <8 x float> %261, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %268 = shufflevector <8 x float> %254, <8 x float> %262, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %269 = shufflevector <8 x float> %254, <8 x float> %262, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %270 = shufflevector <8 x float> %255, <8 x float> %263, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %271 = shufflevector <8 x float> %255, <8 x float> %263, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %272 = add i64 %i52, 0
  %273 = mul i64 %272, 256
  %274 = add i64 %273, %i48
  %275 = add i64 %196, %274
  %276 = getelementptr float, ptr %195, i64 %275
  store <8 x float> %264, ptr %276, align 4
  %277 = add i64 %i52, 1
  %278 = mul i64 %277, 256
  %279 = add i64 %278, %i48
  %280 = add i64 %196, %279
  %281 = getelementptr float, ptr %195, i64 %280
  store <8 x float> %266, ptr %281, align 4
  %282 = add i64 %i52, 2
  %283 = mul i64 %282, 256
  %284 = add i64 %283, %i48
  %285 = add i64 %196, %284
  %286 = getelementptr float, ptr %195, i64 %285
  store <8 x float> %268, ptr %286, align 4
  %287 = add i64 %i52, 3
  %288 = mul i64 %287, 256
  %289 = add i64 %288, %i48
  %290 = add i64 %196, %289
  %291 = getelementptr float, ptr %195, i64 %290
  store <8 x float> %270, ptr %291, align 4
  %292 = add i64 %i52, 4
  %293 = mul i64 %292, 256
  %294 = add i64 %293, %i48
  %295 = add i64 %196, %294
  %296 = getelementptr float, ptr %195, i64 %295
  store <8 x float> %265, ptr %296, align 4
  %297 = add i64 %i52, 5
  %298 = mul i64 %297, 256
  %299 = add i64 %298, %i48
  %300 = add i64 %196, %299
  %301 = getelementptr float, ptr %195, i64 %300
  store <8 x float> %267, ptr %301, align 4
  %302 = add i64 %i52, 6
  %303 = mul i64 %302, 256
  %304 = add i64 %303, %i48
  %305 = add i64 %196, %304
  %306 = getelementptr float, ptr %195, i64 %305
  store <8 x float> %269, ptr %306, align 4
  %307 = add i64 %i52, 7
  %308 = mul i64 %307, 256
  %309 = add i64 %308, %i48
  %310 = add i64 %196, %309
  %311 = getelementptr float, ptr %195, i64 %310
  store <8 x float> %271, ptr %311, align 4
  %312 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  %313 = add i64 %i48, 8
  br label %loop45
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca float, align 4
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %53, %done3 ]
  %39 = icmp slt i64 %i, 1
  br i1 %39, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop41

loop1:                                            ; preds = %done31, %body
  %i4 = phi i64 [ 0, %body ], [ %287, %done31 ]
  %40 = icmp slt i64 %i4, 1
  br i1 %40, label %body2, label %done3

body2:                                            ; preds = %loop1
  %41 = mul i64 %i, 1
  %42 = add i64 %41, %i4
  %43 = mul i64 %42, 65536
  %44 = add i64 512, %43
  %45 = getelementptr float, ptr %gains, i64 %44
  %46 = sub i64 %b1, %b0
  %47 = sdiv i64 %46, 6
  %48 = mul i64 %47, 6
  %49 = add i64 %b0, %48
  %50 = sub i64 %b1, %49
  %51 = and i64 %50, -2
  %52 = add i64 %49, %51
  br label %loop5

done3:                                            ; preds = %loop1
  %53 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %92, %done11 ]
  %54 = icmp slt i64 %i8, 256
  br i1 %54, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  br label %loop17

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ %b0, %body6 ], [ %219, %done15 ]
  %55 = icmp slt i64 %i12, %49
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = mul i64 %i4, 256
  %57 = add i64 %i12, 0
  %58 = mul i64 %57, 1808
  %59 = add i64 %58, 0
  %60 = getelementptr float, ptr %acts, i64 %59
  %61 = getelementptr float, ptr %60, i64 %56
  store <8 x float> zeroinitializer, ptr %38, align 32
  store <8 x float> zeroinitializer, ptr %37, align 32
  %62 = mul i64 %i4, 256
  %63 = add i64 %i12, 1
  %64 = mul i64 %63, 1808
  %65 = add i64 %64, 0
  %66 = getelementptr float, ptr %acts, i64 %65
  %67 = getelementptr float, ptr %66, i64 %62
  store <8 x float> zeroinitializer, ptr %36, align 32
  store <8 x float> zeroinitializer, ptr %35, align 32
  %68 = mul i64 %i4, 256
  %69 = add i64 %i12, 2
  %70 = mul i64 %69, 1808
  %71 = add i64 %70, 0
  %72 = getelementptr float, ptr %acts, i64 %71
  %73 = getelementptr float, ptr %72, i64 %68
  store <8 x float> zeroinitializer, ptr %34, align 32
  store <8 x float> zeroinitializer, ptr %33, align 32
  %74 = mul i64 %i4, 256
  %75 = add i64 %i12, 3
  %76 = mul i64 %75, 1808
  %77 = add i64 %76, 0
  %78 = getelementptr float, ptr %acts, i64 %77
  %79 = getelementptr float, ptr %78, i64 %74
  store <8 x float> zeroinitializer, ptr %32, align 32
  store <8 x float> zeroinitializer, ptr %31, align 32
  %80 = mul i64 %i4, 256
  %81 = add i64 %i12, 4
  %82 = mul i64 %81, 1808
  %83 = add i64 %82, 0
  %84 = getelementptr float, ptr %acts, i64 %83
  %85 = getelementptr float, ptr %84, i64 %80
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %86 = mul i64 %i4, 256
  %87 = add i64 %i12, 5
  %88 = mul i64 %87, 1808
  %89 = add i64 %88, 0
  %90 = getelementptr float, ptr %acts, i64 %89
  %91 = getelementptr float, ptr %90, i64 %86
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %92 = add i64 %i8, 16
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %152, %body14 ]
  %93 = icmp slt i64 %i16, 256
  br i1 %93, label %body14, label %done15

body14:                                           ; preds = %loop13
  %94 = add i64 %i8, 0
  %95 = mul i64 %i16, 256
  %96 = add i64 %95, %94
  %97 = getelementptr float, ptr %45, i64 %96
  %98 = load <8 x float>, ptr %97, align 4
  %99 = add i64 %i8, 8
  %100 = mul i64 %i16, 256
  %101 = add i64 %100, %99
  %102 = getelementptr float, ptr %45, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = getelementptr float, ptr %61, i64 %i16
  %105 = load float, ptr %104, align 4
  %106 = insertelement <8 x float> undef, float %105, i32 0
  %107 = shufflevector <8 x float> %106, <8 x float> undef, <8 x i32> zeroinitializer
  %108 = load <8 x float>, ptr %38, align 32
  %109 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %107, <8 x float> %98, <8 x float> %108)
  store <8 x float> %109, ptr %38, align 32
  %110 = load <8 x float>, ptr %37, align 32
  %111 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %107, <8 x float> %103, <8 x float> %110)
  store <8 x float> %111, ptr %37, align 32
  %112 = getelementptr float, ptr %67, i64 %i16
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> undef, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %36, align 32
  %117 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %115, <8 x float> %98, <8 x float> %116)
  store <8 x float> %117, ptr %36, align 32
  %118 = load <8 x float>, ptr %35, align 32
  %119 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %115, <8 x float> %103, <8 x float> %118)
  store <8 x float> %119, ptr %35, align 32
  %120 = getelementptr float, ptr %73, i64 %i16
  %121 = load float, ptr %120, align 4
  %122 = insertelement <8 x float> undef, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> undef, <8 x i32> zeroinitializer
  %124 = load <8 x float>, ptr %34, align 32
  %125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %98, <8 x float> %124)
  store <8 x float> %125, ptr %34, align 32
  %126 = load <8 x float>, ptr %33, align 32
  %127 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %103, <8 x float> %126)
  store <8 x float> %127, ptr %33, align 32
  %128 = getelementptr float, ptr %79, i64 %i16
  %129 = load float, ptr %128, align 4
  %130 = insertelement <8 x float> undef, float %129, i32 0
  %131 = shufflevector <8 x float> %130, <8 x float> undef, <8 x i32> zeroinitializer
  %132 = load <8 x float>, ptr %32, align 32
  %133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %131, <8 x float> %98, <8 x float> %132)
  store <8 x float> %133, ptr %32, align 32
  %134 = load <8 x float>, ptr %31, align 32
  %135 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %131, <8 x float> %103, <8 x float> %134)
  store <8 x float> %135, ptr %31, align 32
  %136 = getelementptr float, ptr %85, i64 %i16
  %137 = load float, ptr %136, align 4
  %138 = insertelement <8 x float> undef, float %137, i32 0
  %139 = shufflevector <8 x float> %138, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, ptr %30, align 32
  %141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %139, <8 x float> %98, <8 x float> %140)
  store <8 x float> %141, ptr %30, align 32
  %142 = load <8 x float>, ptr %29, align 32
  %143 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %139, <8 x float> %103, <8 x float> %142)
  store <8 x float> %143, ptr %29, align 32
  %144 = getelementptr float, ptr %91, i64 %i16
  %145 = load float, ptr %144, align 4
  %146 = insertelement <8 x float> undef, float %145, i32 0
  %147 = shufflevector <8 x float> %146, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, ptr %28, align 32
  %149 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %98, <8 x float> %148)
  store <8 x float> %149, ptr %28, align 32
  %150 = load <8 x float>, ptr %27, align 32
  %151 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %103, <8 x float> %150)
  store <8 x float> %151, ptr %27, align 32
  %152 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %153 = mul i64 %42, 256
  %154 = add i64 %153, %i8
  %155 = add i64 %i12, 0
  %156 = mul i64 %155, 1808
  %157 = add i64 %156, 256
  %158 = getelementptr float, ptr %acts, i64 %157
  %159 = getelementptr float, ptr %158, i64 %154
  %160 = getelementptr float, ptr %159, i64 0
  %161 = load <8 x float>, ptr %38, align 32
  store <8 x float> %161, ptr %160, align 4
  %162 = getelementptr float, ptr %159, i64 8
  %163 = load <8 x float>, ptr %37, align 32
  store <8 x float> %163, ptr %162, align 4
  %164 = mul i64 %42, 256
  %165 = add i64 %164, %i8
  %166 = add i64 %i12, 1
  %167 = mul i64 %166, 1808
  %168 = add i64 %167, 256
  %169 = getelementptr float, ptr %acts, i64 %168
  %170 = getelementptr float, ptr %169, i64 %165
  %171 = getelementptr float, ptr %170, i64 0
  %172 = load <8 x float>, ptr %36, align 32
  store <8 x float> %172, ptr %171, align 4
  %173 = getelementptr float, ptr %170, i64 8
  %174 = load <8 x float>, ptr %35, align 32
  store <8 x float> %174, ptr %173, align 4
  %175 = mul i64 %42, 256
  %176 = add i64 %175, %i8
  %177 = add i64 %i12, 2
  %178 = mul i64 %177, 1808
  %179 = add i64 %178, 256
  %180 = getelementptr float, ptr %acts, i64 %179
  %181 = getelementptr float, ptr %180, i64 %176
  %182 = getelementptr float, ptr %181, i64 0
  %183 = load <8 x float>, ptr %34, align 32
  store <8 x float> %183, ptr %182, align 4
  %184 = getelementptr float, ptr %181, i64 8
  %185 = load <8 x float>, ptr %33, align 32
  store <8 x float> %185, ptr %184, align 4
  %186 = mul i64 %42, 256
  %187 = add i64 %186, %i8
  %188 = add i64 %i12, 3
  %189 = mul i64 %188, 1808
  %190 = add i64 %189, 256
  %191 = getelementptr float, ptr %acts, i64 %190
  %192 = getelementptr float, ptr %191, i64 %187
  %193 = getelementptr float, ptr %192, i64 0
  %194 = load <8 x float>, ptr %32, align 32
  store <8 x float> %194, ptr %193, align 4
  %195 = getelementptr float, ptr %192, i64 8
  %196 = load <8 x float>, ptr %31, align 32
  store <8 x float> %196, ptr %195, align 4
  %197 = mul i64 %42, 256
  %198 = add i64 %197, %i8
  %199 = add i64 %i12, 4
  %200 = mul i64 %199, 1808
  %201 = add i64 %200, 256
  %202 = getelementptr float, ptr %acts, i64 %201
  %203 = getelementptr float, ptr %202, i64 %198
  %204 = getelementptr float, ptr %203, i64 0
  %205 = load <8 x float>, ptr %30, align 32
  store <8 x float> %205, ptr %204, align 4
  %206 = getelementptr float, ptr %203, i64 8
  %207 = load <8 x float>, ptr %29, align 32
  store <8 x float> %207, ptr %206, align 4
  %208 = mul i64 %42, 256
  %209 = add i64 %208, %i8
  %210 = add i64 %i12, 5
  %211 = mul i64 %210, 1808
  %212 = add i64 %211, 256
  %213 = getelementptr float, ptr %acts, i64 %212
  %214 = getelementptr float, ptr %213, i64 %209
  %215 = getelementptr float, ptr %214, i64 0
  %216 = load <8 x float>, ptr %28, align 32
  store <8 x float> %216, ptr %215, align 4
  %217 = getelementptr float, ptr %214, i64 8
  %218 = load <8 x float>, ptr %27, align 32
  store <8 x float> %218, ptr %217, align 4
  %219 = add i64 %i12, 6
  br label %loop9

loop17:                                           ; preds = %done23, %done7
  %i20 = phi i64 [ 0, %done7 ], [ %234, %done23 ]
  %220 = icmp slt i64 %i20, 256
  br i1 %220, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  br label %loop29

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ %49, %body18 ], [ %285, %done27 ]
  %221 = icmp slt i64 %i24, %52
  br i1 %221, label %body22, label %done23

body22:                                           ; preds = %loop21
  %222 = mul i64 %i4, 256
  %223 = add i64 %i24, 0
  %224 = mul i64 %223, 1808
  %225 = add i64 %224, 0
  %226 = getelementptr float, ptr %acts, i64 %225
  %227 = getelementptr float, ptr %226, i64 %222
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %228 = mul i64 %i4, 256
  %229 = add i64 %i24, 1
  %230 = mul i64 %229, 1808
  %231 = add i64 %230, 0
  %232 = getelementptr float, ptr %acts, i64 %231
  %233 = getelementptr float, ptr %232, i64 %228
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %234 = add i64 %i20, 16
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %262, %body26 ]
  %235 = icmp slt i64 %i28, 256
  br i1 %235, label %body26, label %done27

body26:                                           ; preds = %loop25
  %236 = add i64 %i20, 0
  %237 = mul i64 %i28, 256
  %238 = add i64 %237, %236
  %239 = getelementptr float, ptr %45, i64 %238
  %240 = load <8 x float>, ptr %239, align 4
  %241 = add i64 %i20, 8
  %242 = mul i64 %i28, 256
  %243 = add i64 %242, %241
  %244 = getelementptr float, ptr %45, i64 %243
  %245 = load <8 x float>, ptr %244, align 4
  %246 = getelementptr float, ptr %227, i64 %i28
  %247 = load float, ptr %246, align 4
  %248 = insertelement <8 x float> undef, float %247, i32 0
  %249 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, ptr %26, align 32
  %251 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %240, <8 x float> %250)
  store <8 x float> %251, ptr %26, align 32
  %252 = load <8 x float>, ptr %25, align 32
  %253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %245, <8 x float> %252)
  store <8 x float> %253, ptr %25, align 32
  %254 = getelementptr float, ptr %233, i64 %i28
  %255 = load float, ptr %254, align 4
  %256 = insertelement <8 x float> undef, float %255, i32 0
  %257 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, ptr %24, align 32
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %240, <8 x float> %258)
  store <8 x float> %259, ptr %24, align 32
  %260 = load <8 x float>, ptr %23, align 32
  %261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %245, <8 x float> %260)
  store <8 x float> %261, ptr %23, align 32
  %262 = add i64 %i28, 1
  br label %loop25

done27:                                           ; preds = %loop25
  %263 = mul i64 %42, 256
  %264 = add i64 %263, %i20
  %265 = add i64 %i24, 0
  %266 = mul i64 %265, 1808
  %267 = add i64 %266, 256
  %268 = getelementptr float, ptr %acts, i64 %267
  %269 = getelementptr float, ptr %268, i64 %264
  %270 = getelementptr float, ptr %269, i64 0
  %271 = load <8 x float>, ptr %26, align 32
  store <8 x float> %271, ptr %270, align 4
  %272 = getelementptr float, ptr %269, i64 8
  %273 = load <8 x float>, ptr %25, align 32
  store <8 x float> %273, ptr %272, align 4
  %274 = mul i64 %42, 256
  %275 = add i64 %274, %i20
  %276 = add i64 %i24, 1
  %277 = mul i64 %276, 1808
  %278 = add i64 %277, 256
  %279 = getelementptr float, ptr %acts, i64 %278
  %280 = getelementptr float, ptr %279, i64 %275
  %281 = getelementptr float, ptr %280, i64 0
  %282 = load <8 x float>, ptr %24, align 32
  store <8 x float> %282, ptr %281, align 4
  %283 = getelementptr float, ptr %280, i64 8
  %284 = load <8 x float>, ptr %23, align 32
  store <8 x float> %284, ptr %283, align 4
  %285 = add i64 %i24, 2
  br label %loop21

loop29:                                           ; preds = %done35, %done19
  %i32 = phi i64 [ 0, %done19 ], [ %295, %done35 ]
  %286 = icmp slt i64 %i32, 256
  br i1 %286, label %body30, label %done31

body30:                                           ; preds = %loop29
  br label %loop33

done31:                                           ; preds = %loop29
  %287 = add i64 %i4, 1
  br label %loop1

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ %52, %body30 ], [ %327, %done39 ]
  %288 = icmp slt i64 %i36, %b1
  br i1 %288, label %body34, label %done35

body34:                                           ; preds = %loop33
  %289 = mul i64 %i4, 256
  %290 = add i64 %i36, 0
  %291 = mul i64 %290, 1808
  %292 = add i64 %291, 0
  %293 = getelementptr float, ptr %acts, i64 %292
  %294 = getelementptr float, ptr %293, i64 %289
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  br label %loop37

done35:                                           ; preds = %loop33
  %295 = add i64 %i32, 16
  br label %loop29

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %315, %body38 ]
  %296 = icmp slt i64 %i40, 256
  br i1 %296, label %body38, label %done39

body38:                                           ; preds = %loop37
  %297 = add i64 %i32, 0
  %298 = mul i64 %i40, 256
  %299 = add i64 %298, %297
  %300 = getelementptr float, ptr %45, i64 %299
  %301 = load <8 x float>, ptr %300, align 4
  %302 = add i64 %i32, 8
  %303 = mul i64 %i40, 256
  %304 = add i64 %303, %302
  %305 = getelementptr float, ptr %45, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = getelementptr float, ptr %294, i64 %i40
  %308 = load float, ptr %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %310 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, ptr %22, align 32
  %312 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %301, <8 x float> %311)
  store <8 x float> %312, ptr %22, align 32
  %313 = load <8 x float>, ptr %21, align 32
  %314 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %306, <8 x float> %313)
  store <8 x float> %314, ptr %21, align 32
  %315 = add i64 %i40, 1
  br label %loop37

done39:                                           ; preds = %loop37
  %316 = mul i64 %42, 256
  %317 = add i64 %316, %i32
  %318 = add i64 %i36, 0
  %319 = mul i64 %318, 1808
  %320 = add i64 %319, 256
  %321 = getelementptr float, ptr %acts, i64 %320
  %322 = getelementptr float, ptr %321, i64 %317
  %323 = getelementptr float, ptr %322, i64 0
  %324 = load <8 x float>, ptr %22, align 32
  store <8 x float> %324, ptr %323, align 4
  %325 = getelementptr float, ptr %322, i64 8
  %326 = load <8 x float>, ptr %21, align 32
  store <8 x float> %326, ptr %325, align 4
  %327 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %done
  %i44 = phi i64 [ %b0, %done ], [ %339, %done47 ]
  %328 = icmp slt i64 %i44, %b1
  br i1 %328, label %body42, label %done43

body42:                                           ; preds = %loop41
  %329 = mul i64 %i44, 1808
  %330 = add i64 %329, 256
  %331 = getelementptr float, ptr %acts, i64 %330
  %332 = mul i64 %i44, 1808
  %333 = add i64 %332, 512
  %334 = getelementptr float, ptr %acts, i64 %333
  br label %loop45

done43:                                           ; preds = %loop41
  %335 = fcmp olt float %sigma, 0.000000e+00
  %336 = select i1 %335, float 0x3FC99999A0000000, float %sigma
  %337 = fcmp ogt float %336, 0.000000e+00
  br label %loop57

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %341, %done51 ]
  %338 = icmp slt i64 %i48, 1
  br i1 %338, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %339 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %done55, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %362, %done55 ]
  %340 = icmp slt i64 %i52, 256
  br i1 %340, label %body50, label %done51

body50:                                           ; preds = %loop49
  store float 0.000000e+00, ptr %20, align 4
  br label %loop53

done51:                                           ; preds = %loop49
  %341 = add i64 %i48, 1
  br label %loop45

loop53:                                           ; preds = %body54, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %351, %body54 ]
  %342 = icmp slt i64 %i56, 1
  br i1 %342, label %body54, label %done55

body54:                                           ; preds = %loop53
  %343 = mul i64 %i48, 1
  %344 = add i64 %343, %i56
  %345 = mul i64 %344, 256
  %346 = add i64 %345, %i52
  %347 = getelementptr float, ptr %331, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = load float, ptr %20, align 4
  %350 = fadd float %349, %348
  store float %350, ptr %20, align 4
  %351 = add i64 %i56, 1
  br label %loop53

done55:                                           ; preds = %loop53
  %352 = mul i64 %i48, 256
  %353 = add i64 %352, %i52
  %354 = add i64 0, %353
  %355 = getelementptr float, ptr %gains, i64 %354
  %356 = load float, ptr %355, align 4
  %357 = load float, ptr %20, align 4
  %358 = fmul float %357, %356
  %359 = icmp slt i64 %353, 256
  %360 = getelementptr float, ptr %334, i64 %353
  %361 = select i1 %359, float %358, float 0.000000e+00
  store float %361, ptr %360, align 4
  %362 = add i64 %i52, 1
  br label %loop49

loop57:                                           ; preds = %done63, %done43
  %i60 = phi i64 [ %b0, %done43 ], [ %419, %done63 ]
  %363 = icmp slt i64 %i60, %b1
  br i1 %363, label %body58, label %done59

body58:                                           ; preds = %loop57
  %364 = mul i64 %i60, 1808
  %365 = add i64 %364, 512
  %366 = getelementptr float, ptr %acts, i64 %365
  %367 = mul i64 %i60, 1808
  %368 = add i64 %367, 768
  %369 = getelementptr float, ptr %acts, i64 %368
  %370 = add i64 %first, %i60
  %371 = add i64 %seed, -7046029254386353131
  %372 = lshr i64 %371, 30
  %373 = xor i64 %371, %372
  %374 = mul i64 %373, -4658895280553007687
  %375 = lshr i64 %374, 27
  %376 = xor i64 %374, %375
  %377 = mul i64 %376, -7723592293110705685
  %378 = lshr i64 %377, 31
  %379 = xor i64 %377, %378
  %380 = add i64 %379, %step
  %381 = lshr i64 %380, 30
  %382 = xor i64 %380, %381
  %383 = mul i64 %382, -4658895280553007687
  %384 = lshr i64 %383, 27
  %385 = xor i64 %383, %384
  %386 = mul i64 %385, -7723592293110705685
  %387 = lshr i64 %386, 31
  %388 = xor i64 %386, %387
  %389 = or i64 3298534883328, %370
  %390 = add i64 %388, %389
  %391 = lshr i64 %390, 30
  %392 = xor i64 %390, %391
  %393 = mul i64 %392, -4658895280553007687
  %394 = lshr i64 %393, 27
  %395 = xor i64 %393, %394
  %396 = mul i64 %395, -7723592293110705685
  %397 = lshr i64 %396, 31
  %398 = xor i64 %396, %397
  br label %loop61

done59:                                           ; preds = %loop57
  %399 = getelementptr float, ptr %params, i64 131072
  %400 = load float, ptr %399, align 4
  %401 = fcmp ogt float %400, 0.000000e+00
  %402 = fneg float %400
  %403 = select i1 %401, float %402, float %400
  %404 = call float @llvm.exp.f32(float %403)
  %405 = fmul float 3.000000e+00, %404
  %406 = fadd float 1.000000e+00, %405
  %407 = fsub float 1.000000e+00, %404
  %408 = fdiv float %407, %406
  %409 = fadd float %404, 3.000000e+00
  %410 = fsub float %404, 1.000000e+00
  %411 = fdiv float %410, %409
  %412 = select i1 %401, float %408, float %411
  br label %loop65

loop61:                                           ; preds = %join, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %492, %join ]
  %413 = icmp slt i64 %i64, 256
  br i1 %413, label %body62, label %done63

body62:                                           ; preds = %loop61
  %414 = insertelement <8 x i64> undef, i64 %i64, i32 0
  %415 = shufflevector <8 x i64> %414, <8 x i64> undef, <8 x i32> zeroinitializer
  %416 = add <8 x i64> %415, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %417 = getelementptr float, ptr %366, i64 %i64
  %418 = load <8 x float>, ptr %417, align 4
  store <8 x float> %418, ptr %19, align 32
  br i1 %337, label %then, label %join

done63:                                           ; preds = %loop61
  %419 = add i64 %i60, 1
  br label %loop57

then:                                             ; preds = %body62
  %420 = insertelement <8 x i64> undef, i64 %398, i32 0
  %421 = shufflevector <8 x i64> %420, <8 x i64> undef, <8 x i32> zeroinitializer
  %422 = mul <8 x i64> %416, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %423 = add <8 x i64> %421, %422
  %424 = lshr <8 x i64> %423, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %425 = xor <8 x i64> %423, %424
  %426 = mul <8 x i64> %425, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %427 = lshr <8 x i64> %426, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %428 = xor <8 x i64> %426, %427
  %429 = mul <8 x i64> %428, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %430 = lshr <8 x i64> %429, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %431 = xor <8 x i64> %429, %430
  %432 = lshr <8 x i64> %431, <i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41>
  %433 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %432
  %434 = add <8 x i64> %433, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %435 = lshr <8 x i64> %431, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %436 = and <8 x i64> %435, <i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607>
  %437 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %436
  %438 = add <8 x i64> %437, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %439 = uitofp <8 x i64> %434 to <8 x float>
  %440 = fmul <8 x float> %439, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %441 = uitofp <8 x i64> %438 to <8 x float>
  %442 = fmul <8 x float> %441, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %443 = bitcast <8 x float> %440 to <8 x i32>
  %444 = lshr <8 x i32> %443, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %445 = sub <8 x i32> %444, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %446 = sitofp <8 x i32> %445 to <8 x float>
  %447 = and <8 x i32> %443, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %448 = or <8 x i32> %447, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %449 = bitcast <8 x i32> %448 to <8 x float>
  %450 = fcmp ogt <8 x float> %449, <float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000>
  %451 = fmul <8 x float> %449, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %452 = select <8 x i1> %450, <8 x float> %451, <8 x float> %449
  %453 = fadd <8 x float> %446, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %454 = select <8 x i1> %450, <8 x float> %453, <8 x float> %446
  %455 = fadd <8 x float> %452, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %456 = fsub <8 x float> %452, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %457 = fdiv <8 x float> %456, %455
  %458 = fmul <8 x float> %457, %457
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>, <8 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>)
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %458, <8 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>)
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %458, <8 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>)
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %458, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %463 = fmul <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %457
  %464 = fmul <8 x float> %463, %462
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>, <8 x float> %464)
  %466 = fmul <8 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %465
  %467 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %466)
  %468 = fcmp olt <8 x float> %442, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %469 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %442
  %470 = select <8 x i1> %468, <8 x float> %442, <8 x float> %469
  %471 = fsub <8 x float> %470, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %472 = fmul <8 x float> %471, <float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000>
  %473 = fmul <8 x float> %472, %472
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> <float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000>, <8 x float> <float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000>)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %473, <8 x float> <float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000>)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %473, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %473, <8 x float> <float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000>)
  %478 = fmul <8 x float> %472, %473
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %477, <8 x float> %472)
  %480 = fneg <8 x float> %479
  %481 = fmul <8 x float> %467, %480
  %482 = insertelement <8 x float> undef, float %336, i32 0
  %483 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = fmul <8 x float> %483, %481
  %485 = fadd <8 x float> %418, %484
  store <8 x float> %485, ptr %19, align 32
  br label %join

join:                                             ; preds = %then, %body62
  %486 = load <8 x float>, ptr %19, align 32
  %487 = fcmp oge <8 x float> %486, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %488 = icmp slt <8 x i64> %416, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %489 = getelementptr float, ptr %369, i64 %i64
  %490 = and <8 x i1> %487, %488
  %491 = uitofp <8 x i1> %490 to <8 x float>
  store <8 x float> %491, ptr %489, align 4
  %492 = add i64 %i64, 8
  br label %loop61

loop65:                                           ; preds = %done71, %done59
  %i68 = phi i64 [ %b0, %done59 ], [ %495, %done71 ]
  %493 = icmp slt i64 %i68, %b1
  br i1 %493, label %body66, label %done67

body66:                                           ; preds = %loop65
  br label %loop69

done67:                                           ; preds = %loop65
  br label %loop81

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %510, %done75 ]
  %494 = icmp slt i64 %i72, 1
  br i1 %494, label %body70, label %done71

body70:                                           ; preds = %loop69
  br label %loop73

done71:                                           ; preds = %loop69
  %495 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %body70
  %i76 = phi i64 [ 0, %body70 ], [ %529, %done79 ]
  %496 = icmp slt i64 %i76, 4
  br i1 %496, label %body74, label %done75

body74:                                           ; preds = %loop73
  %497 = mul i64 %i72, 256
  %498 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i76
  %499 = load i32, ptr %498, align 4
  %500 = sext i32 %499 to i64
  %501 = mul i64 %500, 64
  %502 = add i64 %497, %501
  %503 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i76
  %504 = load i32, ptr %503, align 4
  %505 = sext i32 %504 to i64
  %506 = mul i64 %505, 64
  %507 = add i64 %497, %506
  %508 = mul i64 %i76, 64
  %509 = add i64 %497, %508
  br label %loop77

done75:                                           ; preds = %loop73
  %510 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %body78, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %528, %body78 ]
  %511 = icmp slt i64 %i80, 64
  br i1 %511, label %body78, label %done79

body78:                                           ; preds = %loop77
  %512 = add i64 %507, %i80
  %513 = add i64 %502, %i80
  %514 = add i64 %509, %i80
  %515 = mul i64 %i68, 1808
  %516 = add i64 %515, 768
  %517 = getelementptr float, ptr %acts, i64 %516
  %518 = getelementptr float, ptr %517, i64 %512
  %519 = load float, ptr %518, align 4
  %520 = getelementptr float, ptr %517, i64 %513
  %521 = load float, ptr %520, align 4
  %522 = fsub float %521, %519
  %523 = mul i64 %i68, 1808
  %524 = add i64 %523, 1024
  %525 = getelementptr float, ptr %acts, i64 %524
  %526 = getelementptr float, ptr %525, i64 %514
  %527 = fmul float %412, %522
  store float %527, ptr %526, align 4
  %528 = add i64 %i80, 1
  br label %loop77

done79:                                           ; preds = %loop77
  %529 = add i64 %i76, 1
  br label %loop73

loop81:                                           ; preds = %done87, %done67
  %i84 = phi i64 [ 0, %done67 ], [ %544, %done87 ]
  %530 = icmp slt i64 %i84, 1
  br i1 %530, label %body82, label %done83

body82:                                           ; preds = %loop81
  br label %loop85

done83:                                           ; preds = %loop81
  br label %loop125

loop85:                                           ; preds = %done115, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %778, %done115 ]
  %531 = icmp slt i64 %i88, 1
  br i1 %531, label %body86, label %done87

body86:                                           ; preds = %loop85
  %532 = mul i64 %i84, 1
  %533 = add i64 %532, %i88
  %534 = mul i64 %533, 65536
  %535 = add i64 66048, %534
  %536 = getelementptr float, ptr %gains, i64 %535
  %537 = sub i64 %b1, %b0
  %538 = sdiv i64 %537, 6
  %539 = mul i64 %538, 6
  %540 = add i64 %b0, %539
  %541 = sub i64 %b1, %540
  %542 = and i64 %541, -2
  %543 = add i64 %540, %542
  br label %loop89

done87:                                           ; preds = %loop85
  %544 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %done95, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %583, %done95 ]
  %545 = icmp slt i64 %i92, 256
  br i1 %545, label %body90, label %done91

body90:                                           ; preds = %loop89
  br label %loop93

done91:                                           ; preds = %loop89
  br label %loop101

loop93:                                           ; preds = %done99, %body90
  %i96 = phi i64 [ %b0, %body90 ], [ %710, %done99 ]
  %546 = icmp slt i64 %i96, %540
  br i1 %546, label %body94, label %done95

body94:                                           ; preds = %loop93
  %547 = mul i64 %i88, 256
  %548 = add i64 %i96, 0
  %549 = mul i64 %548, 1808
  %550 = add i64 %549, 1024
  %551 = getelementptr float, ptr %acts, i64 %550
  %552 = getelementptr float, ptr %551, i64 %547
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %553 = mul i64 %i88, 256
  %554 = add i64 %i96, 1
  %555 = mul i64 %554, 1808
  %556 = add i64 %555, 1024
  %557 = getelementptr float, ptr %acts, i64 %556
  %558 = getelementptr float, ptr %557, i64 %553
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %559 = mul i64 %i88, 256
  %560 = add i64 %i96, 2
  %561 = mul i64 %560, 1808
  %562 = add i64 %561, 1024
  %563 = getelementptr float, ptr %acts, i64 %562
  %564 = getelementptr float, ptr %563, i64 %559
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %565 = mul i64 %i88, 256
  %566 = add i64 %i96, 3
  %567 = mul i64 %566, 1808
  %568 = add i64 %567, 1024
  %569 = getelementptr float, ptr %acts, i64 %568
  %570 = getelementptr float, ptr %569, i64 %565
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %571 = mul i64 %i88, 256
  %572 = add i64 %i96, 4
  %573 = mul i64 %572, 1808
  %574 = add i64 %573, 1024
  %575 = getelementptr float, ptr %acts, i64 %574
  %576 = getelementptr float, ptr %575, i64 %571
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %577 = mul i64 %i88, 256
  %578 = add i64 %i96, 5
  %579 = mul i64 %578, 1808
  %580 = add i64 %579, 1024
  %581 = getelementptr float, ptr %acts, i64 %580
  %582 = getelementptr float, ptr %581, i64 %577
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  br label %loop97

done95:                                           ; preds = %loop93
  %583 = add i64 %i92, 16
  br label %loop89

loop97:                                           ; preds = %body98, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %643, %body98 ]
  %584 = icmp slt i64 %i100, 256
  br i1 %584, label %body98, label %done99

body98:                                           ; preds = %loop97
  %585 = add i64 %i92, 0
  %586 = mul i64 %i100, 256
  %587 = add i64 %586, %585
  %588 = getelementptr float, ptr %536, i64 %587
  %589 = load <8 x float>, ptr %588, align 4
  %590 = add i64 %i92, 8
  %591 = mul i64 %i100, 256
  %592 = add i64 %591, %590
  %593 = getelementptr float, ptr %536, i64 %592
  %594 = load <8 x float>, ptr %593, align 4
  %595 = getelementptr float, ptr %552, i64 %i100
  %596 = load float, ptr %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %598 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, ptr %18, align 32
  %600 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %598, <8 x float> %589, <8 x float> %599)
  store <8 x float> %600, ptr %18, align 32
  %601 = load <8 x float>, ptr %17, align 32
  %602 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %598, <8 x float> %594, <8 x float> %601)
  store <8 x float> %602, ptr %17, align 32
  %603 = getelementptr float, ptr %558, i64 %i100
  %604 = load float, ptr %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %606 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, ptr %16, align 32
  %608 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %589, <8 x float> %607)
  store <8 x float> %608, ptr %16, align 32
  %609 = load <8 x float>, ptr %15, align 32
  %610 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %606, <8 x float> %594, <8 x float> %609)
  store <8 x float> %610, ptr %15, align 32
  %611 = getelementptr float, ptr %564, i64 %i100
  %612 = load float, ptr %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %614 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, ptr %14, align 32
  %616 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %589, <8 x float> %615)
  store <8 x float> %616, ptr %14, align 32
  %617 = load <8 x float>, ptr %13, align 32
  %618 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %614, <8 x float> %594, <8 x float> %617)
  store <8 x float> %618, ptr %13, align 32
  %619 = getelementptr float, ptr %570, i64 %i100
  %620 = load float, ptr %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %622 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, ptr %12, align 32
  %624 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %622, <8 x float> %589, <8 x float> %623)
  store <8 x float> %624, ptr %12, align 32
  %625 = load <8 x float>, ptr %11, align 32
  %626 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %622, <8 x float> %594, <8 x float> %625)
  store <8 x float> %626, ptr %11, align 32
  %627 = getelementptr float, ptr %576, i64 %i100
  %628 = load float, ptr %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %630 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, ptr %10, align 32
  %632 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %630, <8 x float> %589, <8 x float> %631)
  store <8 x float> %632, ptr %10, align 32
  %633 = load <8 x float>, ptr %9, align 32
  %634 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %630, <8 x float> %594, <8 x float> %633)
  store <8 x float> %634, ptr %9, align 32
  %635 = getelementptr float, ptr %582, i64 %i100
  %636 = load float, ptr %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %638 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, ptr %8, align 32
  %640 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %589, <8 x float> %639)
  store <8 x float> %640, ptr %8, align 32
  %641 = load <8 x float>, ptr %7, align 32
  %642 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %638, <8 x float> %594, <8 x float> %641)
  store <8 x float> %642, ptr %7, align 32
  %643 = add i64 %i100, 1
  br label %loop97

done99:                                           ; preds = %loop97
  %644 = mul i64 %533, 256
  %645 = add i64 %644, %i92
  %646 = add i64 %i96, 0
  %647 = mul i64 %646, 1808
  %648 = add i64 %647, 1280
  %649 = getelementptr float, ptr %acts, i64 %648
  %650 = getelementptr float, ptr %649, i64 %645
  %651 = getelementptr float, ptr %650, i64 0
  %652 = load <8 x float>, ptr %18, align 32
  store <8 x float> %652, ptr %651, align 4
  %653 = getelementptr float, ptr %650, i64 8
  %654 = load <8 x float>, ptr %17, align 32
  store <8 x float> %654, ptr %653, align 4
  %655 = mul i64 %533, 256
  %656 = add i64 %655, %i92
  %657 = add i64 %i96, 1
  %658 = mul i64 %657, 1808
  %659 = add i64 %658, 1280
  %660 = getelementptr float, ptr %acts, i64 %659
  %661 = getelementptr float, ptr %660, i64 %656
  %662 = getelementptr float, ptr %661, i64 0
  %663 = load <8 x float>, ptr %16, align 32
  store <8 x float> %663, ptr %662, align 4
  %664 = getelementptr float, ptr %661, i64 8
  %665 = load <8 x float>, ptr %15, align 32
  store <8 x float> %665, ptr %664, align 4
  %666 = mul i64 %533, 256
  %667 = add i64 %666, %i92
  %668 = add i64 %i96, 2
  %669 = mul i64 %668, 1808
  %670 = add i64 %669, 1280
  %671 = getelementptr float, ptr %acts, i64 %670
  %672 = getelementptr float, ptr %671, i64 %667
  %673 = getelementptr float, ptr %672, i64 0
  %674 = load <8 x float>, ptr %14, align 32
  store <8 x float> %674, ptr %673, align 4
  %675 = getelementptr float, ptr %672, i64 8
  %676 = load <8 x float>, ptr %13, align 32
  store <8 x float> %676, ptr %675, align 4
  %677 = mul i64 %533, 256
  %678 = add i64 %677, %i92
  %679 = add i64 %i96, 3
  %680 = mul i64 %679, 1808
  %681 = add i64 %680, 1280
  %682 = getelementptr float, ptr %acts, i64 %681
  %683 = getelementptr float, ptr %682, i64 %678
  %684 = getelementptr float, ptr %683, i64 0
  %685 = load <8 x float>, ptr %12, align 32
  store <8 x float> %685, ptr %684, align 4
  %686 = getelementptr float, ptr %683, i64 8
  %687 = load <8 x float>, ptr %11, align 32
  store <8 x float> %687, ptr %686, align 4
  %688 = mul i64 %533, 256
  %689 = add i64 %688, %i92
  %690 = add i64 %i96, 4
  %691 = mul i64 %690, 1808
  %692 = add i64 %691, 1280
  %693 = getelementptr float, ptr %acts, i64 %692
  %694 = getelementptr float, ptr %693, i64 %689
  %695 = getelementptr float, ptr %694, i64 0
  %696 = load <8 x float>, ptr %10, align 32
  store <8 x float> %696, ptr %695, align 4
  %697 = getelementptr float, ptr %694, i64 8
  %698 = load <8 x float>, ptr %9, align 32
  store <8 x float> %698, ptr %697, align 4
  %699 = mul i64 %533, 256
  %700 = add i64 %699, %i92
  %701 = add i64 %i96, 5
  %702 = mul i64 %701, 1808
  %703 = add i64 %702, 1280
  %704 = getelementptr float, ptr %acts, i64 %703
  %705 = getelementptr float, ptr %704, i64 %700
  %706 = getelementptr float, ptr %705, i64 0
  %707 = load <8 x float>, ptr %8, align 32
  store <8 x float> %707, ptr %706, align 4
  %708 = getelementptr float, ptr %705, i64 8
  %709 = load <8 x float>, ptr %7, align 32
  store <8 x float> %709, ptr %708, align 4
  %710 = add i64 %i96, 6
  br label %loop93

loop101:                                          ; preds = %done107, %done91
  %i104 = phi i64 [ 0, %done91 ], [ %725, %done107 ]
  %711 = icmp slt i64 %i104, 256
  br i1 %711, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  br label %loop113

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ %540, %body102 ], [ %776, %done111 ]
  %712 = icmp slt i64 %i108, %543
  br i1 %712, label %body106, label %done107

body106:                                          ; preds = %loop105
  %713 = mul i64 %i88, 256
  %714 = add i64 %i108, 0
  %715 = mul i64 %714, 1808
  %716 = add i64 %715, 1024
  %717 = getelementptr float, ptr %acts, i64 %716
  %718 = getelementptr float, ptr %717, i64 %713
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %719 = mul i64 %i88, 256
  %720 = add i64 %i108, 1
  %721 = mul i64 %720, 1808
  %722 = add i64 %721, 1024
  %723 = getelementptr float, ptr %acts, i64 %722
  %724 = getelementptr float, ptr %723, i64 %719
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop109

done107:                                          ; preds = %loop105
  %725 = add i64 %i104, 16
  br label %loop101

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %753, %body110 ]
  %726 = icmp slt i64 %i112, 256
  br i1 %726, label %body110, label %done111

body110:                                          ; preds = %loop109
  %727 = add i64 %i104, 0
  %728 = mul i64 %i112, 256
  %729 = add i64 %728, %727
  %730 = getelementptr float, ptr %536, i64 %729
  %731 = load <8 x float>, ptr %730, align 4
  %732 = add i64 %i104, 8
  %733 = mul i64 %i112, 256
  %734 = add i64 %733, %732
  %735 = getelementptr float, ptr %536, i64 %734
  %736 = load <8 x float>, ptr %735, align 4
  %737 = getelementptr float, ptr %718, i64 %i112
  %738 = load float, ptr %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %740 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, ptr %6, align 32
  %742 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %740, <8 x float> %731, <8 x float> %741)
  store <8 x float> %742, ptr %6, align 32
  %743 = load <8 x float>, ptr %5, align 32
  %744 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %740, <8 x float> %736, <8 x float> %743)
  store <8 x float> %744, ptr %5, align 32
  %745 = getelementptr float, ptr %724, i64 %i112
  %746 = load float, ptr %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %748 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, ptr %4, align 32
  %750 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %748, <8 x float> %731, <8 x float> %749)
  store <8 x float> %750, ptr %4, align 32
  %751 = load <8 x float>, ptr %3, align 32
  %752 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %748, <8 x float> %736, <8 x float> %751)
  store <8 x float> %752, ptr %3, align 32
  %753 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %754 = mul i64 %533, 256
  %755 = add i64 %754, %i104
  %756 = add i64 %i108, 0
  %757 = mul i64 %756, 1808
  %758 = add i64 %757, 1280
  %759 = getelementptr float, ptr %acts, i64 %758
  %760 = getelementptr float, ptr %759, i64 %755
  %761 = getelementptr float, ptr %760, i64 0
  %762 = load <8 x float>, ptr %6, align 32
  store <8 x float> %762, ptr %761, align 4
  %763 = getelementptr float, ptr %760, i64 8
  %764 = load <8 x float>, ptr %5, align 32
  store <8 x float> %764, ptr %763, align 4
  %765 = mul i64 %533, 256
  %766 = add i64 %765, %i104
  %767 = add i64 %i108, 1
  %768 = mul i64 %767, 1808
  %769 = add i64 %768, 1280
  %770 = getelementptr float, ptr %acts, i64 %769
  %771 = getelementptr float, ptr %770, i64 %766
  %772 = getelementptr float, ptr %771, i64 0
  %773 = load <8 x float>, ptr %4, align 32
  store <8 x float> %773, ptr %772, align 4
  %774 = getelementptr float, ptr %771, i64 8
  %775 = load <8 x float>, ptr %3, align 32
  store <8 x float> %775, ptr %774, align 4
  %776 = add i64 %i108, 2
  br label %loop105

loop113:                                          ; preds = %done119, %done103
  %i116 = phi i64 [ 0, %done103 ], [ %786, %done119 ]
  %777 = icmp slt i64 %i116, 256
  br i1 %777, label %body114, label %done115

body114:                                          ; preds = %loop113
  br label %loop117

done115:                                          ; preds = %loop113
  %778 = add i64 %i88, 1
  br label %loop85

loop117:                                          ; preds = %done123, %body114
  %i120 = phi i64 [ %543, %body114 ], [ %818, %done123 ]
  %779 = icmp slt i64 %i120, %b1
  br i1 %779, label %body118, label %done119

body118:                                          ; preds = %loop117
  %780 = mul i64 %i88, 256
  %781 = add i64 %i120, 0
  %782 = mul i64 %781, 1808
  %783 = add i64 %782, 1024
  %784 = getelementptr float, ptr %acts, i64 %783
  %785 = getelementptr float, ptr %784, i64 %780
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop121

done119:                                          ; preds = %loop117
  %786 = add i64 %i116, 16
  br label %loop113

loop121:                                          ; preds = %body122, %body118
  %i124 = phi i64 [ 0, %body118 ], [ %806, %body122 ]
  %787 = icmp slt i64 %i124, 256
  br i1 %787, label %body122, label %done123

body122:                                          ; preds = %loop121
  %788 = add i64 %i116, 0
  %789 = mul i64 %i124, 256
  %790 = add i64 %789, %788
  %791 = getelementptr float, ptr %536, i64 %790
  %792 = load <8 x float>, ptr %791, align 4
  %793 = add i64 %i116, 8
  %794 = mul i64 %i124, 256
  %795 = add i64 %794, %793
  %796 = getelementptr float, ptr %536, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = getelementptr float, ptr %785, i64 %i124
  %799 = load float, ptr %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %801 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %802 = load <8 x float>, ptr %2, align 32
  %803 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %792, <8 x float> %802)
  store <8 x float> %803, ptr %2, align 32
  %804 = load <8 x float>, ptr %1, align 32
  %805 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %801, <8 x float> %797, <8 x float> %804)
  store <8 x float> %805, ptr %1, align 32
  %806 = add i64 %i124, 1
  br label %loop121

done123:                                          ; preds = %loop121
  %807 = mul i64 %533, 256
  %808 = add i64 %807, %i116
  %809 = add i64 %i120, 0
  %810 = mul i64 %809, 1808
  %811 = add i64 %810, 1280
  %812 = getelementptr float, ptr %acts, i64 %811
  %813 = getelementptr float, ptr %812, i64 %808
  %814 = getelementptr float, ptr %813, i64 0
  %815 = load <8 x float>, ptr %2, align 32
  store <8 x float> %815, ptr %814, align 4
  %816 = getelementptr float, ptr %813, i64 8
  %817 = load <8 x float>, ptr %1, align 32
  store <8 x float> %817, ptr %816, align 4
  %818 = add i64 %i120, 1
  br label %loop117

loop125:                                          ; preds = %done131, %done83
  %i128 = phi i64 [ %b0, %done83 ], [ %827, %done131 ]
  %819 = icmp slt i64 %i128, %b1
  br i1 %819, label %body126, label %done127

body126:                                          ; preds = %loop125
  %820 = mul i64 %i128, 1808
  %821 = add i64 %820, 1280
  %822 = getelementptr float, ptr %acts, i64 %821
  %823 = mul i64 %i128, 1808
  %824 = add i64 %823, 1536
  %825 = getelementptr float, ptr %acts, i64 %824
  br label %loop129

done127:                                          ; preds = %loop125
  br label %loop141

loop129:                                          ; preds = %done135, %body126
  %i132 = phi i64 [ 0, %body126 ], [ %829, %done135 ]
  %826 = icmp slt i64 %i132, 1
  br i1 %826, label %body130, label %done131

body130:                                          ; preds = %loop129
  br label %loop133

done131:                                          ; preds = %loop129
  %827 = add i64 %i128, 1
  br label %loop125

loop133:                                          ; preds = %done139, %body130
  %i136 = phi i64 [ 0, %body130 ], [ %850, %done139 ]
  %828 = icmp slt i64 %i136, 256
  br i1 %828, label %body134, label %done135

body134:                                          ; preds = %loop133
  store float 0.000000e+00, ptr %0, align 4
  br label %loop137

done135:                                          ; preds = %loop133
  %829 = add i64 %i132, 1
  br label %loop129

loop137:                                          ; preds = %body138, %body134
  %i140 = phi i64 [ 0, %body134 ], [ %839, %body138 ]
  %830 = icmp slt i64 %i140, 1
  br i1 %830, label %body138, label %done139

body138:                                          ; preds = %loop137
  %831 = mul i64 %i132, 1
  %832 = add i64 %831, %i140
  %833 = mul i64 %832, 256
  %834 = add i64 %833, %i136
  %835 = getelementptr float, ptr %822, i64 %834
  %836 = load float, ptr %835, align 4
  %837 = load float, ptr %0, align 4
  %838 = fadd float %837, %836
  store float %838, ptr %0, align 4
  %839 = add i64 %i140, 1
  br label %loop137

done139:                                          ; preds = %loop137
  %840 = mul i64 %i132, 256
  %841 = add i64 %840, %i136
  %842 = add i64 256, %841
  %843 = getelementptr float, ptr %gains, i64 %842
  %844 = load float, ptr %843, align 4
  %845 = load float, ptr %0, align 4
  %846 = fmul float %845, %844
  %847 = icmp slt i64 %841, 4
  %848 = getelementptr float, ptr %825, i64 %841
  %849 = select i1 %847, float %846, float 0.000000e+00
  store float %849, ptr %848, align 4
  %850 = add i64 %i136, 1
  br label %loop133

loop141:                                          ; preds = %done147, %done127
  %i144 = phi i64 [ %b0, %done127 ], [ %863, %done147 ]
  %851 = icmp slt i64 %i144, %b1
  br i1 %851, label %body142, label %done143

body142:                                          ; preds = %loop141
  br label %loop145

done143:                                          ; preds = %loop141
  ret void

loop145:                                          ; preds = %body146, %body142
  %i148 = phi i64 [ 0, %body142 ], [ %862, %body146 ]
  %852 = icmp slt i64 %i148, 4
  br i1 %852, label %body146, label %done147

body146:                                          ; preds = %loop145
  %853 = mul i64 %i144, 1808
  %854 = add i64 %853, 1792
  %855 = getelementptr float, ptr %acts, i64 %854
  %856 = getelementptr float, ptr %855, i64 %i148
  %857 = mul i64 %i144, 1808
  %858 = add i64 %857, 1536
  %859 = getelementptr float, ptr %acts, i64 %858
  %860 = getelementptr float, ptr %859, i64 %i148
  %861 = load float, ptr %860, align 4
  store float %861, ptr %856, align 4
  %862 = add i64 %i148, 1
  br label %loop145

done147:                                          ; preds = %loop145
  %863 = add i64 %i144, 1
  br label %loop141
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 1808
  %6 = add i64 %5, 1792
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 1808
  %9 = add i64 %8, 1792
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 4
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 4
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 4
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %33, %done7 ]
  %18 = icmp slt i64 %i, %b1
  br i1 %18, label %body, label %done

body:                                             ; preds = %loop
  %19 = mul i64 %i, 1808
  %20 = add i64 %19, 1536
  %21 = getelementptr float, ptr %dacts, i64 %20
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %22 = icmp slt i64 %i4, 256
  br i1 %22, label %body2, label %done3

body2:                                            ; preds = %loop1
  %23 = getelementptr float, ptr %21, i64 %i4
  store <8 x float> zeroinitializer, ptr %23, align 4
  %24 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %32, %body6 ]
  %25 = icmp slt i64 %i8, 4
  br i1 %25, label %body6, label %done7

body6:                                            ; preds = %loop5
  %26 = getelementptr float, ptr %21, i64 %i8
  %27 = mul i64 %i, 1808
  %28 = add i64 %27, 1792
  %29 = getelementptr float, ptr %dacts, i64 %28
  %30 = getelementptr float, ptr %29, i64 %i8
  %31 = load float, ptr %30, align 4
  store float %31, ptr %26, align 4
  %32 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %33 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %42, %done15 ]
  %34 = icmp slt i64 %i12, %b1
  br i1 %34, label %body10, label %done11

body10:                                           ; preds = %loop9
  %35 = mul i64 %i12, 1808
  %36 = add i64 %35, 1536
  %37 = getelementptr float, ptr %dacts, i64 %36
  %38 = mul i64 %i12, 1808
  %39 = add i64 %38, 1280
  %40 = getelementptr float, ptr %dacts, i64 %39
  br label %loop13

done11:                                           ; preds = %loop9
  br label %loop25

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %54, %done19 ]
  %41 = icmp slt i64 %i16, 1
  br i1 %41, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %42 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %62, %done23 ]
  %43 = icmp slt i64 %i20, 256
  br i1 %43, label %body18, label %done19

body18:                                           ; preds = %loop17
  %44 = mul i64 %i16, 256
  %45 = add i64 %44, %i20
  %46 = add i64 256, %45
  %47 = getelementptr float, ptr %gains, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = getelementptr float, ptr %37, i64 %45
  %50 = load float, ptr %49, align 4
  %51 = fmul float %50, %48
  %52 = icmp slt i64 %45, 4
  %53 = select i1 %52, float %51, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %54 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %61, %body22 ]
  %55 = icmp slt i64 %i24, 1
  br i1 %55, label %body22, label %done23

body22:                                           ; preds = %loop21
  %56 = mul i64 %i16, 1
  %57 = add i64 %56, %i24
  %58 = mul i64 %57, 256
  %59 = add i64 %58, %i20
  %60 = getelementptr float, ptr %40, i64 %59
  store float %53, ptr %60, align 4
  %61 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %62 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done11
  %i28 = phi i64 [ %b0, %done11 ], [ %71, %done31 ]
  %63 = icmp slt i64 %i28, %b1
  br i1 %63, label %body26, label %done27

body26:                                           ; preds = %loop25
  %64 = mul i64 %i28, 1808
  %65 = add i64 %64, 1024
  %66 = getelementptr float, ptr %dacts, i64 %65
  br label %loop29

done27:                                           ; preds = %loop25
  %67 = getelementptr float, ptr %params, i64 131088
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %70, %body30 ]
  %68 = icmp slt i64 %i32, 256
  br i1 %68, label %body30, label %done31

body30:                                           ; preds = %loop29
  %69 = getelementptr float, ptr %66, i64 %i32
  store <8 x float> zeroinitializer, ptr %69, align 4
  %70 = add i64 %i32, 8
  br label %loop29

done31:                                           ; preds = %loop29
  %71 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %87, %done39 ]
  %72 = icmp slt i64 %i36, 1
  br i1 %72, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  br label %loop81

loop37:                                           ; preds = %done69, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %411, %done69 ]
  %73 = icmp slt i64 %i40, 1
  br i1 %73, label %body38, label %done39

body38:                                           ; preds = %loop37
  %74 = mul i64 %i36, 1
  %75 = add i64 %74, %i40
  %76 = mul i64 %75, 65536
  %77 = getelementptr float, ptr %67, i64 %76
  %78 = mul i64 %75, 256
  %79 = mul i64 %i36, 256
  %80 = sub i64 %b1, %b0
  %81 = sdiv i64 %80, 6
  %82 = mul i64 %81, 6
  %83 = add i64 %b0, %82
  %84 = sub i64 %b1, %83
  %85 = and i64 %84, -2
  %86 = add i64 %83, %85
  br label %loop41

done39:                                           ; preds = %loop37
  %87 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %216, %done47 ]
  %88 = icmp slt i64 %i44, 256
  br i1 %88, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  br label %loop53

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %b0, %body42 ], [ %261, %done51 ]
  %89 = icmp slt i64 %i48, %83
  br i1 %89, label %body46, label %done47

body46:                                           ; preds = %loop45
  %90 = mul i64 %i40, 256
  %91 = add i64 %90, %i44
  %92 = add i64 %i48, 0
  %93 = mul i64 %92, 1808
  %94 = add i64 %93, 1024
  %95 = getelementptr float, ptr %dacts, i64 %94
  %96 = getelementptr float, ptr %95, i64 %91
  %97 = add i64 %i48, 0
  %98 = mul i64 %97, 1808
  %99 = add i64 %98, 1280
  %100 = getelementptr float, ptr %dacts, i64 %99
  %101 = getelementptr float, ptr %100, i64 %78
  %102 = add i64 %i48, 0
  %103 = mul i64 %102, 1808
  %104 = add i64 %103, 1536
  %105 = getelementptr float, ptr %dacts, i64 %104
  %106 = getelementptr float, ptr %105, i64 %79
  %107 = getelementptr float, ptr %96, i64 0
  %108 = load <8 x float>, ptr %107, align 4
  store <8 x float> %108, ptr %17, align 32
  %109 = getelementptr float, ptr %96, i64 8
  %110 = load <8 x float>, ptr %109, align 4
  store <8 x float> %110, ptr %16, align 32
  %111 = mul i64 %i40, 256
  %112 = add i64 %111, %i44
  %113 = add i64 %i48, 1
  %114 = mul i64 %113, 1808
  %115 = add i64 %114, 1024
  %116 = getelementptr float, ptr %dacts, i64 %115
  %117 = getelementptr float, ptr %116, i64 %112
  %118 = add i64 %i48, 1
  %119 = mul i64 %118, 1808
  %120 = add i64 %119, 1280
  %121 = getelementptr float, ptr %dacts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %78
  %123 = add i64 %i48, 1
  %124 = mul i64 %123, 1808
  %125 = add i64 %124, 1536
  %126 = getelementptr float, ptr %dacts, i64 %125
  %127 = getelementptr float, ptr %126, i64 %79
  %128 = getelementptr float, ptr %117, i64 0
  %129 = load <8 x float>, ptr %128, align 4
  store <8 x float> %129, ptr %15, align 32
  %130 = getelementptr float, ptr %117, i64 8
  %131 = load <8 x float>, ptr %130, align 4
  store <8 x float> %131, ptr %14, align 32
  %132 = mul i64 %i40, 256
  %133 = add i64 %132, %i44
  %134 = add i64 %i48, 2
  %135 = mul i64 %134, 1808
  %136 = add i64 %135, 1024
  %137 = getelementptr float, ptr %dacts, i64 %136
  %138 = getelementptr float, ptr %137, i64 %133
  %139 = add i64 %i48, 2
  %140 = mul i64 %139, 1808
  %141 = add i64 %140, 1280
  %142 = getelementptr float, ptr %dacts, i64 %141
  %143 = getelementptr float, ptr %142, i64 %78
  %144 = add i64 %i48, 2
  %145 = mul i64 %144, 1808
  %146 = add i64 %145, 1536
  %147 = getelementptr float, ptr %dacts, i64 %146
  %148 = getelementptr float, ptr %147, i64 %79
  %149 = getelementptr float, ptr %138, i64 0
  %150 = load <8 x float>, ptr %149, align 4
  store <8 x float> %150, ptr %13, align 32
  %151 = getelementptr float, ptr %138, i64 8
  %152 = load <8 x float>, ptr %151, align 4
  store <8 x float> %152, ptr %12, align 32
  %153 = mul i64 %i40, 256
  %154 = add i64 %153, %i44
  %155 = add i64 %i48, 3
  %156 = mul i64 %155, 1808
  %157 = add i64 %156, 1024
  %158 = getelementptr float, ptr %dacts, i64 %157
  %159 = getelementptr float, ptr %158, i64 %154
  %160 = add i64 %i48, 3
  %161 = mul i64 %160, 1808
  %162 = add i64 %161, 1280
  %163 = getelementptr float, ptr %dacts, i64 %162
  %164 = getelementptr float, ptr %163, i64 %78
  %165 = add i64 %i48, 3
  %166 = mul i64 %165, 1808
  %167 = add i64 %166, 1536
  %168 = getelementptr float, ptr %dacts, i64 %167
  %169 = getelementptr float, ptr %168, i64 %79
  %170 = getelementptr float, ptr %159, i64 0
  %171 = load <8 x float>, ptr %170, align 4
  store <8 x float> %171, ptr %11, align 32
  %172 = getelementptr float, ptr %159, i64 8
  %173 = load <8 x float>, ptr %172, align 4
  store <8 x float> %173, ptr %10, align 32
  %174 = mul i64 %i40, 256
  %175 = add i64 %174, %i44
  %176 = add i64 %i48, 4
  %177 = mul i64 %176, 1808
  %178 = add i64 %177, 1024
  %179 = getelementptr float, ptr %dacts, i64 %178
  %180 = getelementptr float, ptr %179, i64 %175
  %181 = add i64 %i48, 4
  %182 = mul i64 %181, 1808
  %183 = add i64 %182, 1280
  %184 = getelementptr float, ptr %dacts, i64 %183
  %185 = getelementptr float, ptr %184, i64 %78
  %186 = add i64 %i48, 4
  %187 = mul i64 %186, 1808
  %188 = add i64 %187, 1536
  %189 = getelementptr float, ptr %dacts, i64 %188
  %190 = getelementptr float, ptr %189, i64 %79
  %191 = getelementptr float, ptr %180, i64 0
  %192 = load <8 x float>, ptr %191, align 4
  store <8 x float> %192, ptr %9, align 32
  %193 = getelementptr float, ptr %180, i64 8
  %194 = load <8 x float>, ptr %193, align 4
  store <8 x float> %194, ptr %8, align 32
  %195 = mul i64 %i40, 256
  %196 = add i64 %195, %i44
  %197 = add i64 %i48, 5
  %198 = mul i64 %197, 1808
  %199 = add i64 %198, 1024
  %200 = getelementptr float, ptr %dacts, i64 %199
  %201 = getelementptr float, ptr %200, i64 %196
  %202 = add i64 %i48, 5
  %203 = mul i64 %202, 1808
  %204 = add i64 %203, 1280
  %205 = getelementptr float, ptr %dacts, i64 %204
  %206 = getelementptr float, ptr %205, i64 %78
  %207 = add i64 %i48, 5
  %208 = mul i64 %207, 1808
  %209 = add i64 %208, 1536
  %210 = getelementptr float, ptr %dacts, i64 %209
  %211 = getelementptr float, ptr %210, i64 %79
  %212 = getelementptr float, ptr %201, i64 0
  %213 = load <8 x float>, ptr %212, align 4
  store <8 x float> %213, ptr %7, align 32
  %214 = getelementptr float, ptr %201, i64 8
  %215 = load <8 x float>, ptr %214, align 4
  store <8 x float> %215, ptr %6, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %216 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %320, %join ]
  %217 = icmp slt i64 %i52, 256
  br i1 %217, label %body50, label %done51

body50:                                           ; preds = %loop49
  %218 = getelementptr float, ptr %106, i64 %i52
  %219 = getelementptr float, ptr %127, i64 %i52
  %220 = getelementptr float, ptr %148, i64 %i52
  %221 = getelementptr float, ptr %169, i64 %i52
  %222 = getelementptr float, ptr %190, i64 %i52
  %223 = getelementptr float, ptr %211, i64 %i52
  %224 = load i32, ptr %218, align 4
  %225 = load i32, ptr %219, align 4
  %226 = or i32 %224, %225
  %227 = load i32, ptr %220, align 4
  %228 = or i32 %226, %227
  %229 = load i32, ptr %221, align 4
  %230 = or i32 %228, %229
  %231 = load i32, ptr %222, align 4
  %232 = or i32 %230, %231
  %233 = load i32, ptr %223, align 4
  %234 = or i32 %232, %233
  %235 = shl i32 %234, 1
  %236 = icmp ne i32 %235, 0
  br i1 %236, label %then, label %join

done51:                                           ; preds = %loop49
  %237 = getelementptr float, ptr %96, i64 0
  %238 = load <8 x float>, ptr %17, align 32
  store <8 x float> %238, ptr %237, align 4
  %239 = getelementptr float, ptr %96, i64 8
  %240 = load <8 x float>, ptr %16, align 32
  store <8 x float> %240, ptr %239, align 4
  %241 = getelementptr float, ptr %117, i64 0
  %242 = load <8 x float>, ptr %15, align 32
  store <8 x float> %242, ptr %241, align 4
  %243 = getelementptr float, ptr %117, i64 8
  %244 = load <8 x float>, ptr %14, align 32
  store <8 x float> %244, ptr %243, align 4
  %245 = getelementptr float, ptr %138, i64 0
  %246 = load <8 x float>, ptr %13, align 32
  store <8 x float> %246, ptr %245, align 4
  %247 = getelementptr float, ptr %138, i64 8
  %248 = load <8 x float>, ptr %12, align 32
  store <8 x float> %248, ptr %247, align 4
  %249 = getelementptr float, ptr %159, i64 0
  %250 = load <8 x float>, ptr %11, align 32
  store <8 x float> %250, ptr %249, align 4
  %251 = getelementptr float, ptr %159, i64 8
  %252 = load <8 x float>, ptr %10, align 32
  store <8 x float> %252, ptr %251, align 4
  %253 = getelementptr float, ptr %180, i64 0
  %254 = load <8 x float>, ptr %9, align 32
  store <8 x float> %254, ptr %253, align 4
  %255 = getelementptr float, ptr %180, i64 8
  %256 = load <8 x float>, ptr %8, align 32
  store <8 x float> %256, ptr %255, align 4
  %257 = getelementptr float, ptr %201, i64 0
  %258 = load <8 x float>, ptr %7, align 32
  store <8 x float> %258, ptr %257, align 4
  %259 = getelementptr float, ptr %201, i64 8
  %260 = load <8 x float>, ptr %6, align 32
  store <8 x float> %260, ptr %259, align 4
  %261 = add i64 %i48, 6
  br label %loop45

then:                                             ; preds = %body50
  %262 = getelementptr float, ptr %101, i64 %i52
  %263 = load float, ptr %262, align 4
  %264 = getelementptr float, ptr %122, i64 %i52
  %265 = load float, ptr %264, align 4
  %266 = getelementptr float, ptr %143, i64 %i52
  %267 = load float, ptr %266, align 4
  %268 = getelementptr float, ptr %164, i64 %i52
  %269 = load float, ptr %268, align 4
  %270 = getelementptr float, ptr %185, i64 %i52
  %271 = load float, ptr %270, align 4
  %272 = getelementptr float, ptr %206, i64 %i52
  %273 = load float, ptr %272, align 4
  %274 = add i64 %i44, 0
  %275 = mul i64 %i52, 256
  %276 = add i64 %275, %274
  %277 = getelementptr float, ptr %77, i64 %276
  %278 = load <8 x float>, ptr %277, align 4
  %279 = add i64 %i44, 8
  %280 = mul i64 %i52, 256
  %281 = add i64 %280, %279
  %282 = getelementptr float, ptr %77, i64 %281
  %283 = load <8 x float>, ptr %282, align 4
  %284 = insertelement <8 x float> undef, float %263, i32 0
  %285 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, ptr %17, align 32
  %287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %278, <8 x float> %286)
  store <8 x float> %287, ptr %17, align 32
  %288 = load <8 x float>, ptr %16, align 32
  %289 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %283, <8 x float> %288)
  store <8 x float> %289, ptr %16, align 32
  %290 = insertelement <8 x float> undef, float %265, i32 0
  %291 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, ptr %15, align 32
  %293 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %291, <8 x float> %278, <8 x float> %292)
  store <8 x float> %293, ptr %15, align 32
  %294 = load <8 x float>, ptr %14, align 32
  %295 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %291, <8 x float> %283, <8 x float> %294)
  store <8 x float> %295, ptr %14, align 32
  %296 = insertelement <8 x float> undef, float %267, i32 0
  %297 = shufflevector <8 x float> %296, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, ptr %13, align 32
  %299 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %278, <8 x float> %298)
  store <8 x float> %299, ptr %13, align 32
  %300 = load <8 x float>, ptr %12, align 32
  %301 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %283, <8 x float> %300)
  store <8 x float> %301, ptr %12, align 32
  %302 = insertelement <8 x float> undef, float %269, i32 0
  %303 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, ptr %11, align 32
  %305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %303, <8 x float> %278, <8 x float> %304)
  store <8 x float> %305, ptr %11, align 32
  %306 = load <8 x float>, ptr %10, align 32
  %307 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %303, <8 x float> %283, <8 x float> %306)
  store <8 x float> %307, ptr %10, align 32
  %308 = insertelement <8 x float> undef, float %271, i32 0
  %309 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, ptr %9, align 32
  %311 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %309, <8 x float> %278, <8 x float> %310)
  store <8 x float> %311, ptr %9, align 32
  %312 = load <8 x float>, ptr %8, align 32
  %313 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %309, <8 x float> %283, <8 x float> %312)
  store <8 x float> %313, ptr %8, align 32
  %314 = insertelement <8 x float> undef, float %273, i32 0
  %315 = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, ptr %7, align 32
  %317 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %315, <8 x float> %278, <8 x float> %316)
  store <8 x float> %317, ptr %7, align 32
  %318 = load <8 x float>, ptr %6, align 32
  %319 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %315, <8 x float> %283, <8 x float> %318)
  store <8 x float> %319, ptr %6, align 32
  br label %join

join:                                             ; preds = %then, %body50
  %320 = add i64 %i52, 1
  br label %loop49

loop53:                                           ; preds = %done59, %done43
  %i56 = phi i64 [ 0, %done43 ], [ %365, %done59 ]
  %321 = icmp slt i64 %i56, 256
  br i1 %321, label %body54, label %done55

body54:                                           ; preds = %loop53
  br label %loop57

done55:                                           ; preds = %loop53
  br label %loop67

loop57:                                           ; preds = %done63, %body54
  %i60 = phi i64 [ %83, %body54 ], [ %382, %done63 ]
  %322 = icmp slt i64 %i60, %86
  br i1 %322, label %body58, label %done59

body58:                                           ; preds = %loop57
  %323 = mul i64 %i40, 256
  %324 = add i64 %323, %i56
  %325 = add i64 %i60, 0
  %326 = mul i64 %325, 1808
  %327 = add i64 %326, 1024
  %328 = getelementptr float, ptr %dacts, i64 %327
  %329 = getelementptr float, ptr %328, i64 %324
  %330 = add i64 %i60, 0
  %331 = mul i64 %330, 1808
  %332 = add i64 %331, 1280
  %333 = getelementptr float, ptr %dacts, i64 %332
  %334 = getelementptr float, ptr %333, i64 %78
  %335 = add i64 %i60, 0
  %336 = mul i64 %335, 1808
  %337 = add i64 %336, 1536
  %338 = getelementptr float, ptr %dacts, i64 %337
  %339 = getelementptr float, ptr %338, i64 %79
  %340 = getelementptr float, ptr %329, i64 0
  %341 = load <8 x float>, ptr %340, align 4
  store <8 x float> %341, ptr %5, align 32
  %342 = getelementptr float, ptr %329, i64 8
  %343 = load <8 x float>, ptr %342, align 4
  store <8 x float> %343, ptr %4, align 32
  %344 = mul i64 %i40, 256
  %345 = add i64 %344, %i56
  %346 = add i64 %i60, 1
  %347 = mul i64 %346, 1808
  %348 = add i64 %347, 1024
  %349 = getelementptr float, ptr %dacts, i64 %348
  %350 = getelementptr float, ptr %349, i64 %345
  %351 = add i64 %i60, 1
  %352 = mul i64 %351, 1808
  %353 = add i64 %352, 1280
  %354 = getelementptr float, ptr %dacts, i64 %353
  %355 = getelementptr float, ptr %354, i64 %78
  %356 = add i64 %i60, 1
  %357 = mul i64 %356, 1808
  %358 = add i64 %357, 1536
  %359 = getelementptr float, ptr %dacts, i64 %358
  %360 = getelementptr float, ptr %359, i64 %79
  %361 = getelementptr float, ptr %350, i64 0
  %362 = load <8 x float>, ptr %361, align 4
  store <8 x float> %362, ptr %3, align 32
  %363 = getelementptr float, ptr %350, i64 8
  %364 = load <8 x float>, ptr %363, align 4
  store <8 x float> %364, ptr %2, align 32
  br label %loop61

done59:                                           ; preds = %loop57
  %365 = add i64 %i56, 16
  br label %loop53

loop61:                                           ; preds = %join66, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %409, %join66 ]
  %366 = icmp slt i64 %i64, 256
  br i1 %366, label %body62, label %done63

body62:                                           ; preds = %loop61
  %367 = getelementptr float, ptr %339, i64 %i64
  %368 = getelementptr float, ptr %360, i64 %i64
  %369 = load i32, ptr %367, align 4
  %370 = load i32, ptr %368, align 4
  %371 = or i32 %369, %370
  %372 = shl i32 %371, 1
  %373 = icmp ne i32 %372, 0
  br i1 %373, label %then65, label %join66

done63:                                           ; preds = %loop61
  %374 = getelementptr float, ptr %329, i64 0
  %375 = load <8 x float>, ptr %5, align 32
  store <8 x float> %375, ptr %374, align 4
  %376 = getelementptr float, ptr %329, i64 8
  %377 = load <8 x float>, ptr %4, align 32
  store <8 x float> %377, ptr %376, align 4
  %378 = getelementptr float, ptr %350, i64 0
  %379 = load <8 x float>, ptr %3, align 32
  store <8 x float> %379, ptr %378, align 4
  %380 = getelementptr float, ptr %350, i64 8
  %381 = load <8 x float>, ptr %2, align 32
  store <8 x float> %381, ptr %380, align 4
  %382 = add i64 %i60, 2
  br label %loop57

then65:                                           ; preds = %body62
  %383 = getelementptr float, ptr %334, i64 %i64
  %384 = load float, ptr %383, align 4
  %385 = getelementptr float, ptr %355, i64 %i64
  %386 = load float, ptr %385, align 4
  %387 = add i64 %i56, 0
  %388 = mul i64 %i64, 256
  %389 = add i64 %388, %387
  %390 = getelementptr float, ptr %77, i64 %389
  %391 = load <8 x float>, ptr %390, align 4
  %392 = add i64 %i56, 8
  %393 = mul i64 %i64, 256
  %394 = add i64 %393, %392
  %395 = getelementptr float, ptr %77, i64 %394
  %396 = load <8 x float>, ptr %395, align 4
  %397 = insertelement <8 x float> undef, float %384, i32 0
  %398 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, ptr %5, align 32
  %400 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %398, <8 x float> %391, <8 x float> %399)
  store <8 x float> %400, ptr %5, align 32
  %401 = load <8 x float>, ptr %4, align 32
  %402 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %398, <8 x float> %396, <8 x float> %401)
  store <8 x float> %402, ptr %4, align 32
  %403 = insertelement <8 x float> undef, float %386, i32 0
  %404 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, ptr %3, align 32
  %406 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %404, <8 x float> %391, <8 x float> %405)
  store <8 x float> %406, ptr %3, align 32
  %407 = load <8 x float>, ptr %2, align 32
  %408 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %404, <8 x float> %396, <8 x float> %407)
  store <8 x float> %408, ptr %2, align 32
  br label %join66

join66:                                           ; preds = %then65, %body62
  %409 = add i64 %i64, 1
  br label %loop61

loop67:                                           ; preds = %done73, %done55
  %i70 = phi i64 [ 0, %done55 ], [ %434, %done73 ]
  %410 = icmp slt i64 %i70, 256
  br i1 %410, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %411 = add i64 %i40, 1
  br label %loop37

loop71:                                           ; preds = %done77, %body68
  %i74 = phi i64 [ %86, %body68 ], [ %444, %done77 ]
  %412 = icmp slt i64 %i74, %b1
  br i1 %412, label %body72, label %done73

body72:                                           ; preds = %loop71
  %413 = mul i64 %i40, 256
  %414 = add i64 %413, %i70
  %415 = add i64 %i74, 0
  %416 = mul i64 %415, 1808
  %417 = add i64 %416, 1024
  %418 = getelementptr float, ptr %dacts, i64 %417
  %419 = getelementptr float, ptr %418, i64 %414
  %420 = add i64 %i74, 0
  %421 = mul i64 %420, 1808
  %422 = add i64 %421, 1280
  %423 = getelementptr float, ptr %dacts, i64 %422
  %424 = getelementptr float, ptr %423, i64 %78
  %425 = add i64 %i74, 0
  %426 = mul i64 %425, 1808
  %427 = add i64 %426, 1536
  %428 = getelementptr float, ptr %dacts, i64 %427
  %429 = getelementptr float, ptr %428, i64 %79
  %430 = getelementptr float, ptr %419, i64 0
  %431 = load <8 x float>, ptr %430, align 4
  store <8 x float> %431, ptr %1, align 32
  %432 = getelementptr float, ptr %419, i64 8
  %433 = load <8 x float>, ptr %432, align 4
  store <8 x float> %433, ptr %0, align 32
  br label %loop75

done73:                                           ; preds = %loop71
  %434 = add i64 %i70, 16
  br label %loop67

loop75:                                           ; preds = %join80, %body72
  %i78 = phi i64 [ 0, %body72 ], [ %463, %join80 ]
  %435 = icmp slt i64 %i78, 256
  br i1 %435, label %body76, label %done77

body76:                                           ; preds = %loop75
  %436 = getelementptr float, ptr %429, i64 %i78
  %437 = load i32, ptr %436, align 4
  %438 = shl i32 %437, 1
  %439 = icmp ne i32 %438, 0
  br i1 %439, label %then79, label %join80

done77:                                           ; preds = %loop75
  %440 = getelementptr float, ptr %419, i64 0
  %441 = load <8 x float>, ptr %1, align 32
  store <8 x float> %441, ptr %440, align 4
  %442 = getelementptr float, ptr %419, i64 8
  %443 = load <8 x float>, ptr %0, align 32
  store <8 x float> %443, ptr %442, align 4
  %444 = add i64 %i74, 1
  br label %loop71

then79:                                           ; preds = %body76
  %445 = getelementptr float, ptr %424, i64 %i78
  %446 = load float, ptr %445, align 4
  %447 = add i64 %i70, 0
  %448 = mul i64 %i78, 256
  %449 = add i64 %448, %447
  %450 = getelementptr float, ptr %77, i64 %449
  %451 = load <8 x float>, ptr %450, align 4
  %452 = add i64 %i70, 8
  %453 = mul i64 %i78, 256
  %454 = add i64 %453, %452
  %455 = getelementptr float, ptr %77, i64 %454
  %456 = load <8 x float>, ptr %455, align 4
  %457 = insertelement <8 x float> undef, float %446, i32 0
  %458 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, ptr %1, align 32
  %460 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %458, <8 x float> %451, <8 x float> %459)
  store <8 x float> %460, ptr %1, align 32
  %461 = load <8 x float>, ptr %0, align 32
  %462 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %458, <8 x float> %456, <8 x float> %461)
  store <8 x float> %462, ptr %0, align 32
  br label %join80

join80:                                           ; preds = %then79, %body76
  %463 = add i64 %i78, 1
  br label %loop75

loop81:                                           ; preds = %done87, %done35
  %i84 = phi i64 [ %b0, %done35 ], [ %485, %done87 ]
  %464 = icmp slt i64 %i84, %b1
  br i1 %464, label %body82, label %done83

body82:                                           ; preds = %loop81
  %465 = mul i64 %i84, 1808
  %466 = add i64 %465, 768
  %467 = getelementptr float, ptr %dacts, i64 %466
  br label %loop85

done83:                                           ; preds = %loop81
  %468 = getelementptr float, ptr %params, i64 131072
  %469 = load float, ptr %468, align 4
  %470 = fcmp ogt float %469, 0.000000e+00
  %471 = fneg float %469
  %472 = select i1 %470, float %471, float %469
  %473 = call float @llvm.exp.f32(float %472)
  %474 = fmul float 3.000000e+00, %473
  %475 = fadd float 1.000000e+00, %474
  %476 = fsub float 1.000000e+00, %473
  %477 = fdiv float %476, %475
  %478 = fadd float %473, 3.000000e+00
  %479 = fsub float %473, 1.000000e+00
  %480 = fdiv float %479, %478
  %481 = select i1 %470, float %477, float %480
  br label %loop89

loop85:                                           ; preds = %body86, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %484, %body86 ]
  %482 = icmp slt i64 %i88, 256
  br i1 %482, label %body86, label %done87

body86:                                           ; preds = %loop85
  %483 = getelementptr float, ptr %467, i64 %i88
  store <8 x float> zeroinitializer, ptr %483, align 4
  %484 = add i64 %i88, 8
  br label %loop85

done87:                                           ; preds = %loop85
  %485 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %done95, %done83
  %i92 = phi i64 [ %b0, %done83 ], [ %488, %done95 ]
  %486 = icmp slt i64 %i92, %b1
  br i1 %486, label %body90, label %done91

body90:                                           ; preds = %loop89
  br label %loop93

done91:                                           ; preds = %loop89
  br label %loop105

loop93:                                           ; preds = %done99, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %503, %done99 ]
  %487 = icmp slt i64 %i96, 1
  br i1 %487, label %body94, label %done95

body94:                                           ; preds = %loop93
  br label %loop97

done95:                                           ; preds = %loop93
  %488 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %524, %done103 ]
  %489 = icmp slt i64 %i100, 4
  br i1 %489, label %body98, label %done99

body98:                                           ; preds = %loop97
  %490 = mul i64 %i96, 256
  %491 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i100
  %492 = load i32, ptr %491, align 4
  %493 = sext i32 %492 to i64
  %494 = mul i64 %493, 64
  %495 = add i64 %490, %494
  %496 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i100
  %497 = load i32, ptr %496, align 4
  %498 = sext i32 %497 to i64
  %499 = mul i64 %498, 64
  %500 = add i64 %490, %499
  %501 = mul i64 %i100, 64
  %502 = add i64 %490, %501
  br label %loop101

done99:                                           ; preds = %loop97
  %503 = add i64 %i96, 1
  br label %loop93

loop101:                                          ; preds = %body102, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %523, %body102 ]
  %504 = icmp slt i64 %i104, 64
  br i1 %504, label %body102, label %done103

body102:                                          ; preds = %loop101
  %505 = add i64 %500, %i104
  %506 = add i64 %495, %i104
  %507 = add i64 %502, %i104
  %508 = mul i64 %i92, 1808
  %509 = add i64 %508, 768
  %510 = getelementptr float, ptr %dacts, i64 %509
  %511 = mul i64 %i92, 1808
  %512 = add i64 %511, 1024
  %513 = getelementptr float, ptr %dacts, i64 %512
  %514 = getelementptr float, ptr %513, i64 %507
  %515 = load float, ptr %514, align 4
  %516 = fmul float %481, %515
  %517 = getelementptr float, ptr %510, i64 %506
  %518 = getelementptr float, ptr %510, i64 %505
  %519 = load float, ptr %517, align 4
  %520 = fadd float %519, %516
  store float %520, ptr %517, align 4
  %521 = load float, ptr %518, align 4
  %522 = fsub float %521, %516
  store float %522, ptr %518, align 4
  %523 = add i64 %i104, 1
  br label %loop101

done103:                                          ; preds = %loop101
  %524 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %done91
  %i108 = phi i64 [ %b0, %done91 ], [ %548, %done111 ]
  %525 = icmp slt i64 %i108, %b1
  br i1 %525, label %body106, label %done107

body106:                                          ; preds = %loop105
  %526 = mul i64 %i108, 1808
  %527 = add i64 %526, 512
  %528 = getelementptr float, ptr %acts, i64 %527
  %529 = mul i64 %i108, 1808
  %530 = add i64 %529, 512
  %531 = getelementptr float, ptr %dacts, i64 %530
  %532 = mul i64 %i108, 1808
  %533 = add i64 %532, 768
  %534 = getelementptr float, ptr %dacts, i64 %533
  br label %loop109

done107:                                          ; preds = %loop105
  br label %loop113

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %547, %body110 ]
  %535 = icmp slt i64 %i112, 256
  br i1 %535, label %body110, label %done111

body110:                                          ; preds = %loop109
  %536 = getelementptr float, ptr %528, i64 %i112
  %537 = load float, ptr %536, align 4
  %538 = fcmp ole float %537, 1.000000e+00
  %539 = fcmp oge float %537, -1.000000e+00
  %540 = and i1 %539, %538
  %541 = icmp slt i64 %i112, 256
  %542 = and i1 %540, %541
  %543 = getelementptr float, ptr %531, i64 %i112
  %544 = getelementptr float, ptr %534, i64 %i112
  %545 = load float, ptr %544, align 4
  %546 = select i1 %542, float %545, float 0.000000e+00
  store float %546, ptr %543, align 4
  %547 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %548 = add i64 %i108, 1
  br label %loop105

loop113:                                          ; preds = %done119, %done107
  %i116 = phi i64 [ %b0, %done107 ], [ %557, %done119 ]
  %549 = icmp slt i64 %i116, %b1
  br i1 %549, label %body114, label %done115

body114:                                          ; preds = %loop113
  %550 = mul i64 %i116, 1808
  %551 = add i64 %550, 512
  %552 = getelementptr float, ptr %dacts, i64 %551
  %553 = mul i64 %i116, 1808
  %554 = add i64 %553, 256
  %555 = getelementptr float, ptr %dacts, i64 %554
  br label %loop117

done115:                                          ; preds = %loop113
  ret void

loop117:                                          ; preds = %done123, %body114
  %i120 = phi i64 [ 0, %body114 ], [ %569, %done123 ]
  %556 = icmp slt i64 %i120, 1
  br i1 %556, label %body118, label %done119

body118:                                          ; preds = %loop117
  br label %loop121

done119:                                          ; preds = %loop117
  %557 = add i64 %i116, 1
  br label %loop113

loop121:                                          ; preds = %done127, %body118
  %i124 = phi i64 [ 0, %body118 ], [ %577, %done127 ]
  %558 = icmp slt i64 %i124, 256
  br i1 %558, label %body122, label %done123

body122:                                          ; preds = %loop121
  %559 = mul i64 %i120, 256
  %560 = add i64 %559, %i124
  %561 = add i64 0, %560
  %562 = getelementptr float, ptr %gains, i64 %561
  %563 = load float, ptr %562, align 4
  %564 = getelementptr float, ptr %552, i64 %560
  %565 = load float, ptr %564, align 4
  %566 = fmul float %565, %563
  %567 = icmp slt i64 %560, 256
  %568 = select i1 %567, float %566, float 0.000000e+00
  br label %loop125

done123:                                          ; preds = %loop121
  %569 = add i64 %i120, 1
  br label %loop117

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %576, %body126 ]
  %570 = icmp slt i64 %i128, 1
  br i1 %570, label %body126, label %done127

body126:                                          ; preds = %loop125
  %571 = mul i64 %i120, 1
  %572 = add i64 %571, %i128
  %573 = mul i64 %572, 256
  %574 = add i64 %573, %i124
  %575 = getelementptr float, ptr %555, i64 %574
  store float %568, ptr %575, align 4
  %576 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %577 = add i64 %i124, 1
  br label %loop121
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca float, align 4
  %32 = alloca float, align 4
  %33 = icmp sgt i64 %u0, 0
  %34 = select i1 %33, i64 %u0, i64 0
  %35 = icmp slt i64 %u1, 256
  %36 = select i1 %35, i64 %u1, i64 256
  %37 = icmp slt i64 %36, %34
  %38 = select i1 %37, i64 %34, i64 %36
  %39 = getelementptr float, ptr %grads, i64 65536
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ %34, %entry ], [ %54, %done3 ]
  %40 = icmp slt i64 %i, %38
  br i1 %40, label %body, label %done

body:                                             ; preds = %loop
  %41 = sub i64 %i, 0
  %42 = sdiv i64 %41, 256
  %43 = srem i64 %41, 256
  %44 = icmp slt i64 %41, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %73, %done7 ]
  %45 = icmp slt i64 %i4, %batch
  br i1 %45, label %body2, label %done3

body2:                                            ; preds = %loop1
  %46 = mul i64 %i4, 1808
  %47 = add i64 %46, 256
  %48 = getelementptr float, ptr %acts, i64 %47
  store float 0.000000e+00, ptr %31, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %49 = load float, ptr %32, align 4
  %50 = select i1 %44, float %49, float 0.000000e+00
  %51 = mul i64 %42, 65536
  %52 = add i64 %51, %43
  %53 = getelementptr float, ptr %39, i64 %52
  store float %50, ptr %53, align 4
  %54 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %64, %body6 ]
  %55 = icmp slt i64 %i8, 1
  br i1 %55, label %body6, label %done7

body6:                                            ; preds = %loop5
  %56 = mul i64 %42, 1
  %57 = add i64 %56, %i8
  %58 = mul i64 %57, 256
  %59 = add i64 %58, %43
  %60 = getelementptr float, ptr %48, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = load float, ptr %31, align 4
  %63 = fadd float %62, %61
  store float %63, ptr %31, align 4
  %64 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %65 = mul i64 %i4, 1808
  %66 = add i64 %65, 512
  %67 = getelementptr float, ptr %dacts, i64 %66
  %68 = getelementptr float, ptr %67, i64 %41
  %69 = load float, ptr %68, align 4
  %70 = load float, ptr %32, align 4
  %71 = load float, ptr %31, align 4
  %72 = call float @llvm.fmuladd.f32(float %69, float %71, float %70)
  store float %72, ptr %32, align 4
  %73 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ 1, %done ], [ %92, %done15 ]
  %74 = icmp slt i64 %i12, 256
  br i1 %74, label %body10, label %done11

body10:                                           ; preds = %loop9
  br label %loop13

done11:                                           ; preds = %loop9
  %75 = sub i64 %38, %34
  %76 = sdiv i64 %75, 24
  %77 = mul i64 %76, 24
  %78 = add i64 %34, %77
  %79 = getelementptr float, ptr %grads, i64 0
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %34, %body10 ], [ %91, %body14 ]
  %80 = icmp slt i64 %i16, %38
  br i1 %80, label %body14, label %done15

body14:                                           ; preds = %loop13
  %81 = sub i64 %i16, 0
  %82 = srem i64 %81, 256
  %83 = sdiv i64 %81, 256
  %84 = mul i64 %83, 65536
  %85 = add i64 %84, %82
  %86 = mul i64 %i12, 256
  %87 = add i64 %85, %86
  %88 = getelementptr float, ptr %39, i64 %87
  %89 = getelementptr float, ptr %39, i64 %85
  %90 = load float, ptr %89, align 4
  store float %90, ptr %88, align 4
  %91 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %92 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done11
  %i20 = phi i64 [ %34, %done11 ], [ %99, %done23 ]
  %93 = icmp slt i64 %i20, %78
  br i1 %93, label %body18, label %done19

body18:                                           ; preds = %loop17
  %94 = add i64 %i20, 96
  %95 = icmp slt i64 %94, %78
  %96 = select i1 %95, i64 %94, i64 %78
  br label %loop21

done19:                                           ; preds = %loop17
  %97 = getelementptr float, ptr %grads, i64 0
  br label %loop37

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %101, %done27 ]
  %98 = icmp slt i64 %i24, 1
  br i1 %98, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %99 = add i64 %i20, 96
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %104, %done31 ]
  %100 = icmp slt i64 %i28, 256
  br i1 %100, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %101 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %body26
  %i32 = phi i64 [ %i20, %body26 ], [ %474, %done35 ]
  %102 = icmp slt i64 %i32, %96
  br i1 %102, label %body30, label %done31

body30:                                           ; preds = %loop29
  %103 = sub i64 %i32, 0
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  br label %loop33

done31:                                           ; preds = %loop29
  %104 = add i64 %i28, 4
  br label %loop25

loop33:                                           ; preds = %join, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %521, %join ]
  %105 = icmp slt i64 %i36, %batch
  br i1 %105, label %body34, label %done35

body34:                                           ; preds = %loop33
  %106 = mul i64 %i36, 1808
  %107 = add i64 %106, 512
  %108 = getelementptr float, ptr %dacts, i64 %107
  %109 = getelementptr float, ptr %108, i64 %103
  %110 = add i64 %i36, 4
  %111 = mul i64 %110, 1808
  %112 = add i64 %111, 512
  %113 = getelementptr float, ptr %dacts, i64 %112
  %114 = getelementptr float, ptr %113, i64 %103
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = mul i64 %i24, 256
  %116 = add i64 %115, %i28
  %117 = mul i64 %110, 1808
  %118 = add i64 %117, 0
  %119 = getelementptr float, ptr %acts, i64 %118
  %120 = getelementptr float, ptr %119, i64 %116
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = getelementptr float, ptr %109, i64 0
  %122 = load <8 x float>, ptr %121, align 4
  %123 = bitcast <8 x float> %122 to <8 x i32>
  %124 = getelementptr float, ptr %109, i64 8
  %125 = load <8 x float>, ptr %124, align 4
  %126 = bitcast <8 x float> %125 to <8 x i32>
  %127 = or <8 x i32> %123, %126
  %128 = getelementptr float, ptr %109, i64 16
  %129 = load <8 x float>, ptr %128, align 4
  %130 = bitcast <8 x float> %129 to <8 x i32>
  %131 = or <8 x i32> %127, %130
  %132 = and <8 x i32> %131, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %133 = icmp ne <8 x i32> %132, zeroinitializer
  %134 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %133)
  br i1 %134, label %then, label %join

done35:                                           ; preds = %loop33
  %135 = add i64 %103, 0
  %136 = insertelement <8 x i64> undef, i64 %135, i32 0
  %137 = shufflevector <8 x i64> %136, <8 x i64> undef, <8 x i32> zeroinitializer
  %138 = add <8 x i64> %137, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %139 = icmp slt <8 x i64> %138, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %140 = add i64 0, %135
  %141 = getelementptr float, ptr %gains, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = select <8 x i1> %139, <8 x float> %142, <8 x float> zeroinitializer
  %144 = load <8 x float>, ptr %30, align 32
  %145 = fmul <8 x float> %144, %143
  %146 = load <8 x float>, ptr %27, align 32
  %147 = fmul <8 x float> %146, %143
  %148 = load <8 x float>, ptr %24, align 32
  %149 = fmul <8 x float> %148, %143
  %150 = load <8 x float>, ptr %21, align 32
  %151 = fmul <8 x float> %150, %143
  %152 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %153 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %155 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %157 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %158 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %159 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %160 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %161 = add i64 %135, 0
  %162 = sdiv i64 %161, 256
  %163 = srem i64 %161, 256
  %164 = mul i64 %162, 1
  %165 = add i64 %164, %i24
  %166 = mul i64 %165, 256
  %167 = add i64 %166, %163
  %168 = mul i64 %167, 256
  %169 = add i64 %168, %i28
  %170 = getelementptr float, ptr %79, i64 %169
  store <4 x float> %160, ptr %170, align 4
  %171 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %172 = add i64 %135, 1
  %173 = sdiv i64 %172, 256
  %174 = srem i64 %172, 256
  %175 = mul i64 %173, 1
  %176 = add i64 %175, %i24
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %174
  %179 = mul i64 %178, 256
  %180 = add i64 %179, %i28
  %181 = getelementptr float, ptr %79, i64 %180
  store <4 x float> %171, ptr %181, align 4
  %182 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %183 = add i64 %135, 2
  %184 = sdiv i64 %183, 256
  %185 = srem i64 %183, 256
  %186 = mul i64 %184, 1
  %187 = add i64 %186, %i24
  %188 = mul i64 %187, 256
  %189 = add i64 %188, %185
  %190 = mul i64 %189, 256
  %191 = add i64 %190, %i28
  %192 = getelementptr float, ptr %79, i64 %191
  store <4 x float> %182, ptr %192, align 4
  %193 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %194 = add i64 %135, 3
  %195 = sdiv i64 %194, 256
  %196 = srem i64 %194, 256
  %197 = mul i64 %195, 1
  %198 = add i64 %197, %i24
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %196
  %201 = mul i64 %200, 256
  %202 = add i64 %201, %i28
  %203 = getelementptr float, ptr %79, i64 %202
  store <4 x float> %193, ptr %203, align 4
  %204 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %205 = add i64 %135, 4
  %206 = sdiv i64 %205, 256
  %207 = srem i64 %205, 256
  %208 = mul i64 %206, 1
  %209 = add i64 %208, %i24
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %207
  %212 = mul i64 %211, 256
  %213 = add i64 %212, %i28
  %214 = getelementptr float, ptr %79, i64 %213
  store <4 x float> %204, ptr %214, align 4
  %215 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %216 = add i64 %135, 5
  %217 = sdiv i64 %216, 256
  %218 = srem i64 %216, 256
  %219 = mul i64 %217, 1
  %220 = add i64 %219, %i24
  %221 = mul i64 %220, 256
  %222 = add i64 %221, %218
  %223 = mul i64 %222, 256
  %224 = add i64 %223, %i28
  %225 = getelementptr float, ptr %79, i64 %224
  store <4 x float> %215, ptr %225, align 4
  %226 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %227 = add i64 %135, 6
  %228 = sdiv i64 %227, 256
  %229 = srem i64 %227, 256
  %230 = mul i64 %228, 1
  %231 = add i64 %230, %i24
  %232 = mul i64 %231, 256
  %233 = add i64 %232, %229
  %234 = mul i64 %233, 256
  %235 = add i64 %234, %i28
  %236 = getelementptr float, ptr %79, i64 %235
  store <4 x float> %226, ptr %236, align 4
  %237 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %238 = add i64 %135, 7
  %239 = sdiv i64 %238, 256
  %240 = srem i64 %238, 256
  %241 = mul i64 %239, 1
  %242 = add i64 %241, %i24
  %243 = mul i64 %242, 256
  %244 = add i64 %243, %240
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i28
  %247 = getelementptr float, ptr %79, i64 %246
  store <4 x float> %237, ptr %247, align 4
  %248 = add i64 %103, 8
  %249 = insertelement <8 x i64> undef, i64 %248, i32 0
  %250 = shufflevector <8 x i64> %249, <8 x i64> undef, <8 x i32> zeroinitializer
  %251 = add <8 x i64> %250, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %252 = icmp slt <8 x i64> %251, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %253 = add i64 0, %248
  %254 = getelementptr float, ptr %gains, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = select <8 x i1> %252, <8 x float> %255, <8 x float> zeroinitializer
  %257 = load <8 x float>, ptr %29, align 32
  %258 = fmul <8 x float> %257, %256
  %259 = load <8 x float>, ptr %26, align 32
  %260 = fmul <8 x float> %259, %256
  %261 = load <8 x float>, ptr %23, align 32
  %262 = fmul <8 x float> %261, %256
  %263 = load <8 x float>, ptr %20, align 32
  %264 = fmul <8 x float> %263, %256
  %265 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %266 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %267 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %268 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %269 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %270 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %271 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %272 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %273 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %274 = add i64 %248, 0
  %275 = sdiv i64 %274, 256
  %276 = srem i64 %274, 256
  %277 = mul i64 %275, 1
  %278 = add i64 %277, %i24
  %279 = mul i64 %278, 256
  %280 = add i64 %279, %276
  %281 = mul i64 %280, 256
  %282 = add i64 %281, %i28
  %283 = getelementptr float, ptr %79, i64 %282
  store <4 x float> %273, ptr %283, align 4
  %284 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %285 = add i64 %248, 1
  %286 = sdiv i64 %285, 256
  %287 = srem i64 %285, 256
  %288 = mul i64 %286, 1
  %289 = add i64 %288, %i24
  %290 = mul i64 %289, 256
  %291 = add i64 %290, %287
  %292 = mul i64 %291, 256
  %293 = add i64 %292, %i28
  %294 = getelementptr float, ptr %79, i64 %293
  store <4 x float> %284, ptr %294, align 4
  %295 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %296 = add i64 %248, 2
  %297 = sdiv i64 %296, 256
  %298 = srem i64 %296, 256
  %299 = mul i64 %297, 1
  %300 = add i64 %299, %i24
  %301 = mul i64 %300, 256
  %302 = add i64 %301, %298
  %303 = mul i64 %302, 256
  %304 = add i64 %303, %i28
  %305 = getelementptr float, ptr %79, i64 %304
  store <4 x float> %295, ptr %305, align 4
  %306 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %307 = add i64 %248, 3
  %308 = sdiv i64 %307, 256
  %309 = srem i64 %307, 256
  %310 = mul i64 %308, 1
  %311 = add i64 %310, %i24
  %312 = mul i64 %311, 256
  %313 = add i64 %312, %309
  %314 = mul i64 %313, 256
  %315 = add i64 %314, %i28
  %316 = getelementptr float, ptr %79, i64 %315
  store <4 x float> %306, ptr %316, align 4
  %317 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %318 = add i64 %248, 4
  %319 = sdiv i64 %318, 256
  %320 = srem i64 %318, 256
  %321 = mul i64 %319, 1
  %322 = add i64 %321, %i24
  %323 = mul i64 %322, 256
  %324 = add i64 %323, %320
  %325 = mul i64 %324, 256
  %326 = add i64 %325, %i28
  %327 = getelementptr float, ptr %79, i64 %326
  store <4 x float> %317, ptr %327, align 4
  %328 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %329 = add i64 %248, 5
  %330 = sdiv i64 %329, 256
  %331 = srem i64 %329, 256
  %332 = mul i64 %330, 1
  %333 = add i64 %332, %i24
  %334 = mul i64 %333, 256
  %335 = add i64 %334, %331
  %336 = mul i64 %335, 256
  %337 = add i64 %336, %i28
  %338 = getelementptr float, ptr %79, i64 %337
  store <4 x float> %328, ptr %338, align 4
  %339 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %340 = add i64 %248, 6
  %341 = sdiv i64 %340, 256
  %342 = srem i64 %340, 256
  %343 = mul i64 %341, 1
  %344 = add i64 %343, %i24
  %345 = mul i64 %344, 256
  %346 = add i64 %345, %342
  %347 = mul i64 %346, 256
  %348 = add i64 %347, %i28
  %349 = getelementptr float, ptr %79, i64 %348
  store <4 x float> %339, ptr %349, align 4
  %350 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = add i64 %248, 7
  %352 = sdiv i64 %351, 256
  %353 = srem i64 %351, 256
  %354 = mul i64 %352, 1
  %355 = add i64 %354, %i24
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %353
  %358 = mul i64 %357, 256
  %359 = add i64 %358, %i28
  %360 = getelementptr float, ptr %79, i64 %359
  store <4 x float> %350, ptr %360, align 4
  %361 = add i64 %103, 16
  %362 = insertelement <8 x i64> undef, i64 %361, i32 0
  %363 = shufflevector <8 x i64> %362, <8 x i64> undef, <8 x i32> zeroinitializer
  %364 = add <8 x i64> %363, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %365 = icmp slt <8 x i64> %364, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %366 = add i64 0, %361
  %367 = getelementptr float, ptr %gains, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = select <8 x i1> %365, <8 x float> %368, <8 x float> zeroinitializer
  %370 = load <8 x float>, ptr %28, align 32
  %371 = fmul <8 x float> %370, %369
  %372 = load <8 x float>, ptr %25, align 32
  %373 = fmul <8 x float> %372, %369
  %374 = load <8 x float>, ptr %22, align 32
  %375 = fmul <8 x float> %374, %369
  %376 = load <8 x float>, ptr %19, align 32
  %377 = fmul <8 x float> %376, %369
  %378 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %379 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %380 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %381 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %382 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %383 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %384 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %385 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %386 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %387 = add i64 %361, 0
  %388 = sdiv i64 %387, 256
  %389 = srem i64 %387, 256
  %390 = mul i64 %388, 1
  %391 = add i64 %390, %i24
  %392 = mul i64 %391, 256
  %393 = add i64 %392, %389
  %394 = mul i64 %393, 256
  %395 = add i64 %394, %i28
  %396 = getelementptr float, ptr %79, i64 %395
  store <4 x float> %386, ptr %396, align 4
  %397 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %398 = add i64 %361, 1
  %399 = sdiv i64 %398, 256
  %400 = srem i64 %398, 256
  %401 = mul i64 %399, 1
  %402 = add i64 %401, %i24
  %403 = mul i64 %402, 256
  %404 = add i64 %403, %400
  %405 = mul i64 %404, 256
  %406 = add i64 %405, %i28
  %407 = getelementptr float, ptr %79, i64 %406
  store <4 x float> %397, ptr %407, align 4
  %408 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %409 = add i64 %361, 2
  %410 = sdiv i64 %409, 256
  %411 = srem i64 %409, 256
  %412 = mul i64 %410, 1
  %413 = add i64 %412, %i24
  %414 = mul i64 %413, 256
  %415 = add i64 %414, %411
  %416 = mul i64 %415, 256
  %417 = add i64 %416, %i28
  %418 = getelementptr float, ptr %79, i64 %417
  store <4 x float> %408, ptr %418, align 4
  %419 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = add i64 %361, 3
  %421 = sdiv i64 %420, 256
  %422 = srem i64 %420, 256
  %423 = mul i64 %421, 1
  %424 = add i64 %423, %i24
  %425 = mul i64 %424, 256
  %426 = add i64 %425, %422
  %427 = mul i64 %426, 256
  %428 = add i64 %427, %i28
  %429 = getelementptr float, ptr %79, i64 %428
  store <4 x float> %419, ptr %429, align 4
  %430 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %431 = add i64 %361, 4
  %432 = sdiv i64 %431, 256
  %433 = srem i64 %431, 256
  %434 = mul i64 %432, 1
  %435 = add i64 %434, %i24
  %436 = mul i64 %435, 256
  %437 = add i64 %436, %433
  %438 = mul i64 %437, 256
  %439 = add i64 %438, %i28
  %440 = getelementptr float, ptr %79, i64 %439
  store <4 x float> %430, ptr %440, align 4
  %441 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %442 = add i64 %361, 5
  %443 = sdiv i64 %442, 256
  %444 = srem i64 %442, 256
  %445 = mul i64 %443, 1
  %446 = add i64 %445, %i24
  %447 = mul i64 %446, 256
  %448 = add i64 %447, %444
  %449 = mul i64 %448, 256
  %450 = add i64 %449, %i28
  %451 = getelementptr float, ptr %79, i64 %450
  store <4 x float> %441, ptr %451, align 4
  %452 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %453 = add i64 %361, 6
  %454 = sdiv i64 %453, 256
  %455 = srem i64 %453, 256
  %456 = mul i64 %454, 1
  %457 = add i64 %456, %i24
  %458 = mul i64 %457, 256
  %459 = add i64 %458, %455
  %460 = mul i64 %459, 256
  %461 = add i64 %460, %i28
  %462 = getelementptr float, ptr %79, i64 %461
  store <4 x float> %452, ptr %462, align 4
  %463 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %464 = add i64 %361, 7
  %465 = sdiv i64 %464, 256
  %466 = srem i64 %464, 256
  %467 = mul i64 %465, 1
  %468 = add i64 %467, %i24
  %469 = mul i64 %468, 256
  %470 = add i64 %469, %466
  %471 = mul i64 %470, 256
  %472 = add i64 %471, %i28
  %473 = getelementptr float, ptr %79, i64 %472
  store <4 x float> %463, ptr %473, align 4
  %474 = add i64 %i32, 24
  br label %loop29

then:                                             ; preds = %body34
  %475 = mul i64 %i24, 256
  %476 = add i64 %475, %i28
  %477 = mul i64 %i36, 1808
  %478 = add i64 %477, 0
  %479 = getelementptr float, ptr %acts, i64 %478
  %480 = getelementptr float, ptr %479, i64 %476
  %481 = getelementptr float, ptr %480, i64 0
  %482 = load float, ptr %481, align 4
  %483 = getelementptr float, ptr %480, i64 1
  %484 = load float, ptr %483, align 4
  %485 = getelementptr float, ptr %480, i64 2
  %486 = load float, ptr %485, align 4
  %487 = getelementptr float, ptr %480, i64 3
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> undef, float %482, i32 0
  %490 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, ptr %30, align 32
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %122, <8 x float> %491)
  store <8 x float> %492, ptr %30, align 32
  %493 = load <8 x float>, ptr %29, align 32
  %494 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %125, <8 x float> %493)
  store <8 x float> %494, ptr %29, align 32
  %495 = load <8 x float>, ptr %28, align 32
  %496 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %129, <8 x float> %495)
  store <8 x float> %496, ptr %28, align 32
  %497 = insertelement <8 x float> undef, float %484, i32 0
  %498 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, ptr %27, align 32
  %500 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %122, <8 x float> %499)
  store <8 x float> %500, ptr %27, align 32
  %501 = load <8 x float>, ptr %26, align 32
  %502 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %125, <8 x float> %501)
  store <8 x float> %502, ptr %26, align 32
  %503 = load <8 x float>, ptr %25, align 32
  %504 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %129, <8 x float> %503)
  store <8 x float> %504, ptr %25, align 32
  %505 = insertelement <8 x float> undef, float %486, i32 0
  %506 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %24, align 32
  %508 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %122, <8 x float> %507)
  store <8 x float> %508, ptr %24, align 32
  %509 = load <8 x float>, ptr %23, align 32
  %510 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %125, <8 x float> %509)
  store <8 x float> %510, ptr %23, align 32
  %511 = load <8 x float>, ptr %22, align 32
  %512 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %129, <8 x float> %511)
  store <8 x float> %512, ptr %22, align 32
  %513 = insertelement <8 x float> undef, float %488, i32 0
  %514 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, ptr %21, align 32
  %516 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %122, <8 x float> %515)
  store <8 x float> %516, ptr %21, align 32
  %517 = load <8 x float>, ptr %20, align 32
  %518 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %125, <8 x float> %517)
  store <8 x float> %518, ptr %20, align 32
  %519 = load <8 x float>, ptr %19, align 32
  %520 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %129, <8 x float> %519)
  store <8 x float> %520, ptr %19, align 32
  br label %join

join:                                             ; preds = %then, %body34
  %521 = add i64 %i36, 1
  br label %loop33

loop37:                                           ; preds = %done43, %done19
  %i40 = phi i64 [ 0, %done19 ], [ %531, %done43 ]
  %522 = icmp slt i64 %i40, 1
  br i1 %522, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  %523 = icmp sgt i64 %u0, 256
  %524 = select i1 %523, i64 %u0, i64 256
  %525 = icmp slt i64 %u1, 512
  %526 = select i1 %525, i64 %u1, i64 512
  %527 = icmp slt i64 %526, %524
  %528 = select i1 %527, i64 %524, i64 %526
  %529 = getelementptr float, ptr %grads, i64 196624
  br label %loop55

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %548, %done47 ]
  %530 = icmp slt i64 %i44, 256
  br i1 %530, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %531 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %78, %body42 ], [ %564, %done51 ]
  %532 = icmp slt i64 %i48, %38
  br i1 %532, label %body46, label %done47

body46:                                           ; preds = %loop45
  %533 = sub i64 %i48, 0
  %534 = sdiv i64 %533, 256
  %535 = srem i64 %533, 256
  %536 = icmp slt i64 %533, 256
  %537 = add i64 0, %533
  %538 = getelementptr float, ptr %gains, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = select i1 %536, float %539, float 0.000000e+00
  %541 = mul i64 %534, 1
  %542 = add i64 %541, %i40
  %543 = mul i64 %542, 256
  %544 = add i64 %543, %535
  %545 = mul i64 %544, 256
  %546 = add i64 %545, %i44
  %547 = getelementptr float, ptr %97, i64 %546
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %548 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %581, %join54 ]
  %549 = icmp slt i64 %i52, %batch
  br i1 %549, label %body50, label %done51

body50:                                           ; preds = %loop49
  %550 = mul i64 %i52, 1808
  %551 = add i64 %550, 512
  %552 = getelementptr float, ptr %dacts, i64 %551
  %553 = getelementptr float, ptr %552, i64 %533
  %554 = load float, ptr %553, align 4
  %555 = fcmp une float %554, 0.000000e+00
  br i1 %555, label %then53, label %join54

done51:                                           ; preds = %loop49
  %556 = insertelement <8 x float> undef, float %540, i32 0
  %557 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = getelementptr float, ptr %547, i64 0
  %559 = load <8 x float>, ptr %18, align 32
  %560 = fmul <8 x float> %559, %557
  store <8 x float> %560, ptr %558, align 4
  %561 = getelementptr float, ptr %547, i64 8
  %562 = load <8 x float>, ptr %17, align 32
  %563 = fmul <8 x float> %562, %557
  store <8 x float> %563, ptr %561, align 4
  %564 = add i64 %i48, 1
  br label %loop45

then53:                                           ; preds = %body50
  %565 = mul i64 %i40, 256
  %566 = add i64 %565, %i44
  %567 = mul i64 %i52, 1808
  %568 = add i64 %567, 0
  %569 = getelementptr float, ptr %acts, i64 %568
  %570 = getelementptr float, ptr %569, i64 %566
  %571 = getelementptr float, ptr %570, i64 0
  %572 = load <8 x float>, ptr %571, align 4
  %573 = getelementptr float, ptr %570, i64 8
  %574 = load <8 x float>, ptr %573, align 4
  %575 = insertelement <8 x float> undef, float %554, i32 0
  %576 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, ptr %18, align 32
  %578 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %572, <8 x float> %577)
  store <8 x float> %578, ptr %18, align 32
  %579 = load <8 x float>, ptr %17, align 32
  %580 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %574, <8 x float> %579)
  store <8 x float> %580, ptr %17, align 32
  br label %join54

join54:                                           ; preds = %then53, %body50
  %581 = add i64 %i52, 1
  br label %loop49

loop55:                                           ; preds = %done61, %done39
  %i58 = phi i64 [ %524, %done39 ], [ %596, %done61 ]
  %582 = icmp slt i64 %i58, %528
  br i1 %582, label %body56, label %done57

body56:                                           ; preds = %loop55
  %583 = sub i64 %i58, 256
  %584 = sdiv i64 %583, 256
  %585 = srem i64 %583, 256
  %586 = icmp slt i64 %583, 4
  store float 0.000000e+00, ptr %16, align 4
  br label %loop59

done57:                                           ; preds = %loop55
  br label %loop67

loop59:                                           ; preds = %done65, %body56
  %i62 = phi i64 [ 0, %body56 ], [ %615, %done65 ]
  %587 = icmp slt i64 %i62, %batch
  br i1 %587, label %body60, label %done61

body60:                                           ; preds = %loop59
  %588 = mul i64 %i62, 1808
  %589 = add i64 %588, 1280
  %590 = getelementptr float, ptr %acts, i64 %589
  store float 0.000000e+00, ptr %15, align 4
  br label %loop63

done61:                                           ; preds = %loop59
  %591 = load float, ptr %16, align 4
  %592 = select i1 %586, float %591, float 0.000000e+00
  %593 = mul i64 %584, 65536
  %594 = add i64 %593, %585
  %595 = getelementptr float, ptr %529, i64 %594
  store float %592, ptr %595, align 4
  %596 = add i64 %i58, 1
  br label %loop55

loop63:                                           ; preds = %body64, %body60
  %i66 = phi i64 [ 0, %body60 ], [ %606, %body64 ]
  %597 = icmp slt i64 %i66, 1
  br i1 %597, label %body64, label %done65

body64:                                           ; preds = %loop63
  %598 = mul i64 %584, 1
  %599 = add i64 %598, %i66
  %600 = mul i64 %599, 256
  %601 = add i64 %600, %585
  %602 = getelementptr float, ptr %590, i64 %601
  %603 = load float, ptr %602, align 4
  %604 = load float, ptr %15, align 4
  %605 = fadd float %604, %603
  store float %605, ptr %15, align 4
  %606 = add i64 %i66, 1
  br label %loop63

done65:                                           ; preds = %loop63
  %607 = mul i64 %i62, 1808
  %608 = add i64 %607, 1536
  %609 = getelementptr float, ptr %dacts, i64 %608
  %610 = getelementptr float, ptr %609, i64 %583
  %611 = load float, ptr %610, align 4
  %612 = load float, ptr %16, align 4
  %613 = load float, ptr %15, align 4
  %614 = call float @llvm.fmuladd.f32(float %611, float %613, float %612)
  store float %614, ptr %16, align 4
  %615 = add i64 %i62, 1
  br label %loop59

loop67:                                           ; preds = %done73, %done57
  %i70 = phi i64 [ 1, %done57 ], [ %634, %done73 ]
  %616 = icmp slt i64 %i70, 256
  br i1 %616, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %617 = sub i64 %528, %524
  %618 = sdiv i64 %617, 24
  %619 = mul i64 %618, 24
  %620 = add i64 %524, %619
  %621 = getelementptr float, ptr %grads, i64 131088
  br label %loop75

loop71:                                           ; preds = %body72, %body68
  %i74 = phi i64 [ %524, %body68 ], [ %633, %body72 ]
  %622 = icmp slt i64 %i74, %528
  br i1 %622, label %body72, label %done73

body72:                                           ; preds = %loop71
  %623 = sub i64 %i74, 256
  %624 = srem i64 %623, 256
  %625 = sdiv i64 %623, 256
  %626 = mul i64 %625, 65536
  %627 = add i64 %626, %624
  %628 = mul i64 %i70, 256
  %629 = add i64 %627, %628
  %630 = getelementptr float, ptr %529, i64 %629
  %631 = getelementptr float, ptr %529, i64 %627
  %632 = load float, ptr %631, align 4
  store float %632, ptr %630, align 4
  %633 = add i64 %i74, 1
  br label %loop71

done73:                                           ; preds = %loop71
  %634 = add i64 %i70, 1
  br label %loop67

loop75:                                           ; preds = %done81, %done69
  %i78 = phi i64 [ %524, %done69 ], [ %641, %done81 ]
  %635 = icmp slt i64 %i78, %620
  br i1 %635, label %body76, label %done77

body76:                                           ; preds = %loop75
  %636 = add i64 %i78, 96
  %637 = icmp slt i64 %636, %620
  %638 = select i1 %637, i64 %636, i64 %620
  br label %loop79

done77:                                           ; preds = %loop75
  %639 = getelementptr float, ptr %grads, i64 131088
  br label %loop97

loop79:                                           ; preds = %done85, %body76
  %i82 = phi i64 [ 0, %body76 ], [ %643, %done85 ]
  %640 = icmp slt i64 %i82, 1
  br i1 %640, label %body80, label %done81

body80:                                           ; preds = %loop79
  br label %loop83

done81:                                           ; preds = %loop79
  %641 = add i64 %i78, 96
  br label %loop75

loop83:                                           ; preds = %done89, %body80
  %i86 = phi i64 [ 0, %body80 ], [ %646, %done89 ]
  %642 = icmp slt i64 %i86, 256
  br i1 %642, label %body84, label %done85

body84:                                           ; preds = %loop83
  br label %loop87

done85:                                           ; preds = %loop83
  %643 = add i64 %i82, 1
  br label %loop79

loop87:                                           ; preds = %done93, %body84
  %i90 = phi i64 [ %i78, %body84 ], [ %1016, %done93 ]
  %644 = icmp slt i64 %i90, %638
  br i1 %644, label %body88, label %done89

body88:                                           ; preds = %loop87
  %645 = sub i64 %i90, 256
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop91

done89:                                           ; preds = %loop87
  %646 = add i64 %i86, 4
  br label %loop83

loop91:                                           ; preds = %join96, %body88
  %i94 = phi i64 [ 0, %body88 ], [ %1063, %join96 ]
  %647 = icmp slt i64 %i94, %batch
  br i1 %647, label %body92, label %done93

body92:                                           ; preds = %loop91
  %648 = mul i64 %i94, 1808
  %649 = add i64 %648, 1536
  %650 = getelementptr float, ptr %dacts, i64 %649
  %651 = getelementptr float, ptr %650, i64 %645
  %652 = add i64 %i94, 4
  %653 = mul i64 %652, 1808
  %654 = add i64 %653, 1536
  %655 = getelementptr float, ptr %dacts, i64 %654
  %656 = getelementptr float, ptr %655, i64 %645
  call void @llvm.prefetch.p0(ptr %656, i32 0, i32 3, i32 1)
  %657 = mul i64 %i82, 256
  %658 = add i64 %657, %i86
  %659 = mul i64 %652, 1808
  %660 = add i64 %659, 1024
  %661 = getelementptr float, ptr %acts, i64 %660
  %662 = getelementptr float, ptr %661, i64 %658
  call void @llvm.prefetch.p0(ptr %662, i32 0, i32 3, i32 1)
  %663 = getelementptr float, ptr %651, i64 0
  %664 = load <8 x float>, ptr %663, align 4
  %665 = bitcast <8 x float> %664 to <8 x i32>
  %666 = getelementptr float, ptr %651, i64 8
  %667 = load <8 x float>, ptr %666, align 4
  %668 = bitcast <8 x float> %667 to <8 x i32>
  %669 = or <8 x i32> %665, %668
  %670 = getelementptr float, ptr %651, i64 16
  %671 = load <8 x float>, ptr %670, align 4
  %672 = bitcast <8 x float> %671 to <8 x i32>
  %673 = or <8 x i32> %669, %672
  %674 = and <8 x i32> %673, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %675 = icmp ne <8 x i32> %674, zeroinitializer
  %676 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %675)
  br i1 %676, label %then95, label %join96

done93:                                           ; preds = %loop91
  %677 = add i64 %645, 0
  %678 = insertelement <8 x i64> undef, i64 %677, i32 0
  %679 = shufflevector <8 x i64> %678, <8 x i64> undef, <8 x i32> zeroinitializer
  %680 = add <8 x i64> %679, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %681 = icmp slt <8 x i64> %680, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %682 = add i64 256, %677
  %683 = getelementptr float, ptr %gains, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = select <8 x i1> %681, <8 x float> %684, <8 x float> zeroinitializer
  %686 = load <8 x float>, ptr %14, align 32
  %687 = fmul <8 x float> %686, %685
  %688 = load <8 x float>, ptr %11, align 32
  %689 = fmul <8 x float> %688, %685
  %690 = load <8 x float>, ptr %8, align 32
  %691 = fmul <8 x float> %690, %685
  %692 = load <8 x float>, ptr %5, align 32
  %693 = fmul <8 x float> %692, %685
  %694 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %695 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %696 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %697 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %698 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %699 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %700 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %701 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %702 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %703 = add i64 %677, 0
  %704 = sdiv i64 %703, 256
  %705 = srem i64 %703, 256
  %706 = mul i64 %704, 1
  %707 = add i64 %706, %i82
  %708 = mul i64 %707, 256
  %709 = add i64 %708, %705
  %710 = mul i64 %709, 256
  %711 = add i64 %710, %i86
  %712 = getelementptr float, ptr %621, i64 %711
  store <4 x float> %702, ptr %712, align 4
  %713 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %714 = add i64 %677, 1
  %715 = sdiv i64 %714, 256
  %716 = srem i64 %714, 256
  %717 = mul i64 %715, 1
  %718 = add i64 %717, %i82
  %719 = mul i64 %718, 256
  %720 = add i64 %719, %716
  %721 = mul i64 %720, 256
  %722 = add i64 %721, %i86
  %723 = getelementptr float, ptr %621, i64 %722
  store <4 x float> %713, ptr %723, align 4
  %724 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %725 = add i64 %677, 2
  %726 = sdiv i64 %725, 256
  %727 = srem i64 %725, 256
  %728 = mul i64 %726, 1
  %729 = add i64 %728, %i82
  %730 = mul i64 %729, 256
  %731 = add i64 %730, %727
  %732 = mul i64 %731, 256
  %733 = add i64 %732, %i86
  %734 = getelementptr float, ptr %621, i64 %733
  store <4 x float> %724, ptr %734, align 4
  %735 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %736 = add i64 %677, 3
  %737 = sdiv i64 %736, 256
  %738 = srem i64 %736, 256
  %739 = mul i64 %737, 1
  %740 = add i64 %739, %i82
  %741 = mul i64 %740, 256
  %742 = add i64 %741, %738
  %743 = mul i64 %742, 256
  %744 = add i64 %743, %i86
  %745 = getelementptr float, ptr %621, i64 %744
  store <4 x float> %735, ptr %745, align 4
  %746 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %747 = add i64 %677, 4
  %748 = sdiv i64 %747, 256
  %749 = srem i64 %747, 256
  %750 = mul i64 %748, 1
  %751 = add i64 %750, %i82
  %752 = mul i64 %751, 256
  %753 = add i64 %752, %749
  %754 = mul i64 %753, 256
  %755 = add i64 %754, %i86
  %756 = getelementptr float, ptr %621, i64 %755
  store <4 x float> %746, ptr %756, align 4
  %757 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %758 = add i64 %677, 5
  %759 = sdiv i64 %758, 256
  %760 = srem i64 %758, 256
  %761 = mul i64 %759, 1
  %762 = add i64 %761, %i82
  %763 = mul i64 %762, 256
  %764 = add i64 %763, %760
  %765 = mul i64 %764, 256
  %766 = add i64 %765, %i86
  %767 = getelementptr float, ptr %621, i64 %766
  store <4 x float> %757, ptr %767, align 4
  %768 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %769 = add i64 %677, 6
  %770 = sdiv i64 %769, 256
  %771 = srem i64 %769, 256
  %772 = mul i64 %770, 1
  %773 = add i64 %772, %i82
  %774 = mul i64 %773, 256
  %775 = add i64 %774, %771
  %776 = mul i64 %775, 256
  %777 = add i64 %776, %i86
  %778 = getelementptr float, ptr %621, i64 %777
  store <4 x float> %768, ptr %778, align 4
  %779 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %780 = add i64 %677, 7
  %781 = sdiv i64 %780, 256
  %782 = srem i64 %780, 256
  %783 = mul i64 %781, 1
  %784 = add i64 %783, %i82
  %785 = mul i64 %784, 256
  %786 = add i64 %785, %782
  %787 = mul i64 %786, 256
  %788 = add i64 %787, %i86
  %789 = getelementptr float, ptr %621, i64 %788
  store <4 x float> %779, ptr %789, align 4
  %790 = add i64 %645, 8
  %791 = insertelement <8 x i64> undef, i64 %790, i32 0
  %792 = shufflevector <8 x i64> %791, <8 x i64> undef, <8 x i32> zeroinitializer
  %793 = add <8 x i64> %792, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %794 = icmp slt <8 x i64> %793, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %795 = add i64 256, %790
  %796 = getelementptr float, ptr %gains, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = select <8 x i1> %794, <8 x float> %797, <8 x float> zeroinitializer
  %799 = load <8 x float>, ptr %13, align 32
  %800 = fmul <8 x float> %799, %798
  %801 = load <8 x float>, ptr %10, align 32
  %802 = fmul <8 x float> %801, %798
  %803 = load <8 x float>, ptr %7, align 32
  %804 = fmul <8 x float> %803, %798
  %805 = load <8 x float>, ptr %4, align 32
  %806 = fmul <8 x float> %805, %798
  %807 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %808 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %809 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %810 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %811 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %812 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %813 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %814 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %815 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %816 = add i64 %790, 0
  %817 = sdiv i64 %816, 256
  %818 = srem i64 %816, 256
  %819 = mul i64 %817, 1
  %820 = add i64 %819, %i82
  %821 = mul i64 %820, 256
  %822 = add i64 %821, %818
  %823 = mul i64 %822, 256
  %824 = add i64 %823, %i86
  %825 = getelementptr float, ptr %621, i64 %824
  store <4 x float> %815, ptr %825, align 4
  %826 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %827 = add i64 %790, 1
  %828 = sdiv i64 %827, 256
  %829 = srem i64 %827, 256
  %830 = mul i64 %828, 1
  %831 = add i64 %830, %i82
  %832 = mul i64 %831, 256
  %833 = add i64 %832, %829
  %834 = mul i64 %833, 256
  %835 = add i64 %834, %i86
  %836 = getelementptr float, ptr %621, i64 %835
  store <4 x float> %826, ptr %836, align 4
  %837 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %838 = add i64 %790, 2
  %839 = sdiv i64 %838, 256
  %840 = srem i64 %838, 256
  %841 = mul i64 %839, 1
  %842 = add i64 %841, %i82
  %843 = mul i64 %842, 256
  %844 = add i64 %843, %840
  %845 = mul i64 %844, 256
  %846 = add i64 %845, %i86
  %847 = getelementptr float, ptr %621, i64 %846
  store <4 x float> %837, ptr %847, align 4
  %848 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %849 = add i64 %790, 3
  %850 = sdiv i64 %849, 256
  %851 = srem i64 %849, 256
  %852 = mul i64 %850, 1
  %853 = add i64 %852, %i82
  %854 = mul i64 %853, 256
  %855 = add i64 %854, %851
  %856 = mul i64 %855, 256
  %857 = add i64 %856, %i86
  %858 = getelementptr float, ptr %621, i64 %857
  store <4 x float> %848, ptr %858, align 4
  %859 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %860 = add i64 %790, 4
  %861 = sdiv i64 %860, 256
  %862 = srem i64 %860, 256
  %863 = mul i64 %861, 1
  %864 = add i64 %863, %i82
  %865 = mul i64 %864, 256
  %866 = add i64 %865, %862
  %867 = mul i64 %866, 256
  %868 = add i64 %867, %i86
  %869 = getelementptr float, ptr %621, i64 %868
  store <4 x float> %859, ptr %869, align 4
  %870 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %871 = add i64 %790, 5
  %872 = sdiv i64 %871, 256
  %873 = srem i64 %871, 256
  %874 = mul i64 %872, 1
  %875 = add i64 %874, %i82
  %876 = mul i64 %875, 256
  %877 = add i64 %876, %873
  %878 = mul i64 %877, 256
  %879 = add i64 %878, %i86
  %880 = getelementptr float, ptr %621, i64 %879
  store <4 x float> %870, ptr %880, align 4
  %881 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %882 = add i64 %790, 6
  %883 = sdiv i64 %882, 256
  %884 = srem i64 %882, 256
  %885 = mul i64 %883, 1
  %886 = add i64 %885, %i82
  %887 = mul i64 %886, 256
  %888 = add i64 %887, %884
  %889 = mul i64 %888, 256
  %890 = add i64 %889, %i86
  %891 = getelementptr float, ptr %621, i64 %890
  store <4 x float> %881, ptr %891, align 4
  %892 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %893 = add i64 %790, 7
  %894 = sdiv i64 %893, 256
  %895 = srem i64 %893, 256
  %896 = mul i64 %894, 1
  %897 = add i64 %896, %i82
  %898 = mul i64 %897, 256
  %899 = add i64 %898, %895
  %900 = mul i64 %899, 256
  %901 = add i64 %900, %i86
  %902 = getelementptr float, ptr %621, i64 %901
  store <4 x float> %892, ptr %902, align 4
  %903 = add i64 %645, 16
  %904 = insertelement <8 x i64> undef, i64 %903, i32 0
  %905 = shufflevector <8 x i64> %904, <8 x i64> undef, <8 x i32> zeroinitializer
  %906 = add <8 x i64> %905, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %907 = icmp slt <8 x i64> %906, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %908 = add i64 256, %903
  %909 = getelementptr float, ptr %gains, i64 %908
  %910 = load <8 x float>, ptr %909, align 4
  %911 = select <8 x i1> %907, <8 x float> %910, <8 x float> zeroinitializer
  %912 = load <8 x float>, ptr %12, align 32
  %913 = fmul <8 x float> %912, %911
  %914 = load <8 x float>, ptr %9, align 32
  %915 = fmul <8 x float> %914, %911
  %916 = load <8 x float>, ptr %6, align 32
  %917 = fmul <8 x float> %916, %911
  %918 = load <8 x float>, ptr %3, align 32
  %919 = fmul <8 x float> %918, %911
  %920 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %921 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %922 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %923 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %924 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %925 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %926 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %927 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %928 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %929 = add i64 %903, 0
  %930 = sdiv i64 %929, 256
  %931 = srem i64 %929, 256
  %932 = mul i64 %930, 1
  %933 = add i64 %932, %i82
  %934 = mul i64 %933, 256
  %935 = add i64 %934, %931
  %936 = mul i64 %935, 256
  %937 = add i64 %936, %i86
  %938 = getelementptr float, ptr %621, i64 %937
  store <4 x float> %928, ptr %938, align 4
  %939 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %940 = add i64 %903, 1
  %941 = sdiv i64 %940, 256
  %942 = srem i64 %940, 256
  %943 = mul i64 %941, 1
  %944 = add i64 %943, %i82
  %945 = mul i64 %944, 256
  %946 = add i64 %945, %942
  %947 = mul i64 %946, 256
  %948 = add i64 %947, %i86
  %949 = getelementptr float, ptr %621, i64 %948
  store <4 x float> %939, ptr %949, align 4
  %950 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %951 = add i64 %903, 2
  %952 = sdiv i64 %951, 256
  %953 = srem i64 %951, 256
  %954 = mul i64 %952, 1
  %955 = add i64 %954, %i82
  %956 = mul i64 %955, 256
  %957 = add i64 %956, %953
  %958 = mul i64 %957, 256
  %959 = add i64 %958, %i86
  %960 = getelementptr float, ptr %621, i64 %959
  store <4 x float> %950, ptr %960, align 4
  %961 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %962 = add i64 %903, 3
  %963 = sdiv i64 %962, 256
  %964 = srem i64 %962, 256
  %965 = mul i64 %963, 1
  %966 = add i64 %965, %i82
  %967 = mul i64 %966, 256
  %968 = add i64 %967, %964
  %969 = mul i64 %968, 256
  %970 = add i64 %969, %i86
  %971 = getelementptr float, ptr %621, i64 %970
  store <4 x float> %961, ptr %971, align 4
  %972 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %973 = add i64 %903, 4
  %974 = sdiv i64 %973, 256
  %975 = srem i64 %973, 256
  %976 = mul i64 %974, 1
  %977 = add i64 %976, %i82
  %978 = mul i64 %977, 256
  %979 = add i64 %978, %975
  %980 = mul i64 %979, 256
  %981 = add i64 %980, %i86
  %982 = getelementptr float, ptr %621, i64 %981
  store <4 x float> %972, ptr %982, align 4
  %983 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %984 = add i64 %903, 5
  %985 = sdiv i64 %984, 256
  %986 = srem i64 %984, 256
  %987 = mul i64 %985, 1
  %988 = add i64 %987, %i82
  %989 = mul i64 %988, 256
  %990 = add i64 %989, %986
  %991 = mul i64 %990, 256
  %992 = add i64 %991, %i86
  %993 = getelementptr float, ptr %621, i64 %992
  store <4 x float> %983, ptr %993, align 4
  %994 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %995 = add i64 %903, 6
  %996 = sdiv i64 %995, 256
  %997 = srem i64 %995, 256
  %998 = mul i64 %996, 1
  %999 = add i64 %998, %i82
  %1000 = mul i64 %999, 256
  %1001 = add i64 %1000, %997
  %1002 = mul i64 %1001, 256
  %1003 = add i64 %1002, %i86
  %1004 = getelementptr float, ptr %621, i64 %1003
  store <4 x float> %994, ptr %1004, align 4
  %1005 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1006 = add i64 %903, 7
  %1007 = sdiv i64 %1006, 256
  %1008 = srem i64 %1006, 256
  %1009 = mul i64 %1007, 1
  %1010 = add i64 %1009, %i82
  %1011 = mul i64 %1010, 256
  %1012 = add i64 %1011, %1008
  %1013 = mul i64 %1012, 256
  %1014 = add i64 %1013, %i86
  %1015 = getelementptr float, ptr %621, i64 %1014
  store <4 x float> %1005, ptr %1015, align 4
  %1016 = add i64 %i90, 24
  br label %loop87

then95:                                           ; preds = %body92
  %1017 = mul i64 %i82, 256
  %1018 = add i64 %1017, %i86
  %1019 = mul i64 %i94, 1808
  %1020 = add i64 %1019, 1024
  %1021 = getelementptr float, ptr %acts, i64 %1020
  %1022 = getelementptr float, ptr %1021, i64 %1018
  %1023 = getelementptr float, ptr %1022, i64 0
  %1024 = load float, ptr %1023, align 4
  %1025 = getelementptr float, ptr %1022, i64 1
  %1026 = load float, ptr %1025, align 4
  %1027 = getelementptr float, ptr %1022, i64 2
  %1028 = load float, ptr %1027, align 4
  %1029 = getelementptr float, ptr %1022, i64 3
  %1030 = load float, ptr %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1024, i32 0
  %1032 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, ptr %14, align 32
  %1034 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %664, <8 x float> %1033)
  store <8 x float> %1034, ptr %14, align 32
  %1035 = load <8 x float>, ptr %13, align 32
  %1036 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %667, <8 x float> %1035)
  store <8 x float> %1036, ptr %13, align 32
  %1037 = load <8 x float>, ptr %12, align 32
  %1038 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %671, <8 x float> %1037)
  store <8 x float> %1038, ptr %12, align 32
  %1039 = insertelement <8 x float> undef, float %1026, i32 0
  %1040 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, ptr %11, align 32
  %1042 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %664, <8 x float> %1041)
  store <8 x float> %1042, ptr %11, align 32
  %1043 = load <8 x float>, ptr %10, align 32
  %1044 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %667, <8 x float> %1043)
  store <8 x float> %1044, ptr %10, align 32
  %1045 = load <8 x float>, ptr %9, align 32
  %1046 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %671, <8 x float> %1045)
  store <8 x float> %1046, ptr %9, align 32
  %1047 = insertelement <8 x float> undef, float %1028, i32 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, ptr %8, align 32
  %1050 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %664, <8 x float> %1049)
  store <8 x float> %1050, ptr %8, align 32
  %1051 = load <8 x float>, ptr %7, align 32
  %1052 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %667, <8 x float> %1051)
  store <8 x float> %1052, ptr %7, align 32
  %1053 = load <8 x float>, ptr %6, align 32
  %1054 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %671, <8 x float> %1053)
  store <8 x float> %1054, ptr %6, align 32
  %1055 = insertelement <8 x float> undef, float %1030, i32 0
  %1056 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, ptr %5, align 32
  %1058 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %664, <8 x float> %1057)
  store <8 x float> %1058, ptr %5, align 32
  %1059 = load <8 x float>, ptr %4, align 32
  %1060 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %667, <8 x float> %1059)
  store <8 x float> %1060, ptr %4, align 32
  %1061 = load <8 x float>, ptr %3, align 32
  %1062 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %671, <8 x float> %1061)
  store <8 x float> %1062, ptr %3, align 32
  br label %join96

join96:                                           ; preds = %then95, %body92
  %1063 = add i64 %i94, 1
  br label %loop91

loop97:                                           ; preds = %done103, %done77
  %i100 = phi i64 [ 0, %done77 ], [ %1069, %done103 ]
  %1064 = icmp slt i64 %i100, 1
  br i1 %1064, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  %1065 = icmp sgt i64 %u1, 512
  %1066 = icmp sle i64 %u0, 512
  %1067 = and i1 %1066, %1065
  br i1 %1067, label %then115, label %join116

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %1086, %done107 ]
  %1068 = icmp slt i64 %i104, 256
  br i1 %1068, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %1069 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ %620, %body102 ], [ %1102, %done111 ]
  %1070 = icmp slt i64 %i108, %528
  br i1 %1070, label %body106, label %done107

body106:                                          ; preds = %loop105
  %1071 = sub i64 %i108, 256
  %1072 = sdiv i64 %1071, 256
  %1073 = srem i64 %1071, 256
  %1074 = icmp slt i64 %1071, 4
  %1075 = add i64 256, %1071
  %1076 = getelementptr float, ptr %gains, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = select i1 %1074, float %1077, float 0.000000e+00
  %1079 = mul i64 %1072, 1
  %1080 = add i64 %1079, %i100
  %1081 = mul i64 %1080, 256
  %1082 = add i64 %1081, %1073
  %1083 = mul i64 %1082, 256
  %1084 = add i64 %1083, %i104
  %1085 = getelementptr float, ptr %639, i64 %1084
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop109

done107:                                          ; preds = %loop105
  %1086 = add i64 %i104, 16
  br label %loop101

loop109:                                          ; preds = %join114, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %1119, %join114 ]
  %1087 = icmp slt i64 %i112, %batch
  br i1 %1087, label %body110, label %done111

body110:                                          ; preds = %loop109
  %1088 = mul i64 %i112, 1808
  %1089 = add i64 %1088, 1536
  %1090 = getelementptr float, ptr %dacts, i64 %1089
  %1091 = getelementptr float, ptr %1090, i64 %1071
  %1092 = load float, ptr %1091, align 4
  %1093 = fcmp une float %1092, 0.000000e+00
  br i1 %1093, label %then113, label %join114

done111:                                          ; preds = %loop109
  %1094 = insertelement <8 x float> undef, float %1078, i32 0
  %1095 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = getelementptr float, ptr %1085, i64 0
  %1097 = load <8 x float>, ptr %2, align 32
  %1098 = fmul <8 x float> %1097, %1095
  store <8 x float> %1098, ptr %1096, align 4
  %1099 = getelementptr float, ptr %1085, i64 8
  %1100 = load <8 x float>, ptr %1, align 32
  %1101 = fmul <8 x float> %1100, %1095
  store <8 x float> %1101, ptr %1099, align 4
  %1102 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %body110
  %1103 = mul i64 %i100, 256
  %1104 = add i64 %1103, %i104
  %1105 = mul i64 %i112, 1808
  %1106 = add i64 %1105, 1024
  %1107 = getelementptr float, ptr %acts, i64 %1106
  %1108 = getelementptr float, ptr %1107, i64 %1104
  %1109 = getelementptr float, ptr %1108, i64 0
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = getelementptr float, ptr %1108, i64 8
  %1112 = load <8 x float>, ptr %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1092, i32 0
  %1114 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1115 = load <8 x float>, ptr %2, align 32
  %1116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1110, <8 x float> %1115)
  store <8 x float> %1116, ptr %2, align 32
  %1117 = load <8 x float>, ptr %1, align 32
  %1118 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1112, <8 x float> %1117)
  store <8 x float> %1118, ptr %1, align 32
  br label %join114

join114:                                          ; preds = %then113, %body110
  %1119 = add i64 %i112, 1
  br label %loop109

then115:                                          ; preds = %done99
  store float 0.000000e+00, ptr %0, align 4
  br label %loop117

join116:                                          ; preds = %done119, %done99
  ret void

loop117:                                          ; preds = %done123, %then115
  %i120 = phi i64 [ 0, %then115 ], [ %1138, %done123 ]
  %1120 = icmp slt i64 %i120, %batch
  br i1 %1120, label %body118, label %done119

body118:                                          ; preds = %loop117
  br label %loop121

done119:                                          ; preds = %loop117
  %1121 = getelementptr float, ptr %params, i64 131072
  %1122 = load float, ptr %1121, align 4
  %1123 = fcmp ogt float %1122, 0.000000e+00
  %1124 = fneg float %1122
  %1125 = select i1 %1123, float %1124, float %1122
  %1126 = call float @llvm.exp.f32(float %1125)
  %1127 = fmul float 3.000000e+00, %1126
  %1128 = fadd float 1.000000e+00, %1127
  %1129 = fadd float %1126, 3.000000e+00
  %1130 = select i1 %1123, float %1128, float %1129
  %1131 = fmul float %1130, %1130
  %1132 = fmul float %1126, 4.000000e+00
  %1133 = fdiv float %1132, %1131
  %1134 = getelementptr float, ptr %grads, i64 131072
  %1135 = load float, ptr %0, align 4
  %1136 = fmul float %1135, %1133
  store float %1136, ptr %1134, align 4
  br label %join116

loop121:                                          ; preds = %done127, %body118
  %i124 = phi i64 [ 0, %body118 ], [ %1153, %done127 ]
  %1137 = icmp slt i64 %i124, 1
  br i1 %1137, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  %1138 = add i64 %i120, 1
  br label %loop117

loop125:                                          ; preds = %done131, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %1174, %done131 ]
  %1139 = icmp slt i64 %i128, 4
  br i1 %1139, label %body126, label %done127

body126:                                          ; preds = %loop125
  %1140 = mul i64 %i124, 256
  %1141 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i128
  %1142 = load i32, ptr %1141, align 4
  %1143 = sext i32 %1142 to i64
  %1144 = mul i64 %1143, 64
  %1145 = add i64 %1140, %1144
  %1146 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i128
  %1147 = load i32, ptr %1146, align 4
  %1148 = sext i32 %1147 to i64
  %1149 = mul i64 %1148, 64
  %1150 = add i64 %1140, %1149
  %1151 = mul i64 %i128, 64
  %1152 = add i64 %1140, %1151
  br label %loop129

done127:                                          ; preds = %loop125
  %1153 = add i64 %i124, 1
  br label %loop121

loop129:                                          ; preds = %body130, %body126
  %i132 = phi i64 [ 0, %body126 ], [ %1173, %body130 ]
  %1154 = icmp slt i64 %i132, 64
  br i1 %1154, label %body130, label %done131

body130:                                          ; preds = %loop129
  %1155 = add i64 %1150, %i132
  %1156 = add i64 %1145, %i132
  %1157 = add i64 %1152, %i132
  %1158 = mul i64 %i120, 1808
  %1159 = add i64 %1158, 768
  %1160 = getelementptr float, ptr %acts, i64 %1159
  %1161 = getelementptr float, ptr %1160, i64 %1155
  %1162 = load float, ptr %1161, align 4
  %1163 = getelementptr float, ptr %1160, i64 %1156
  %1164 = load float, ptr %1163, align 4
  %1165 = fsub float %1164, %1162
  %1166 = mul i64 %i120, 1808
  %1167 = add i64 %1166, 1024
  %1168 = getelementptr float, ptr %dacts, i64 %1167
  %1169 = getelementptr float, ptr %1168, i64 %1157
  %1170 = load float, ptr %1169, align 4
  %1171 = load float, ptr %0, align 4
  %1172 = call float @llvm.fmuladd.f32(float %1170, float %1165, float %1171)
  store float %1172, ptr %0, align 4
  %1173 = add i64 %i132, 1
  br label %loop129

done131:                                          ; preds = %loop129
  %1174 = add i64 %i128, 1
  br label %loop125
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
